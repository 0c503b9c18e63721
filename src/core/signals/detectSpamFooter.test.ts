import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectSpamFooter, spamFamiliesOf, spamHostLabel } from './detectSpamFooter.ts';

const URL = 'https://tinnhanh-example24h.net/post/';
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

function page(
  footer: string,
  body = '<p>Article text that is long enough to be the main column of this page, about anything.</p>',
): ReturnType<typeof readPage> {
  const html = `<html><head><title>T</title></head><body><article><h1>T</h1><div class="entry-content">${body}</div></article><footer id="colophon" class="site-footer">${footer}</footer></body></html>`;
  return readPage(parseHTML(html).document as unknown as Document, URL);
}

describe('spam phrase families', () => {
  test.each([
    ['Free WordPress Themes', ['themes']],
    ['Download Nulled WordPress Themes', ['themes', 'warez']],
    ['Download Premium WordPress Themes Free', ['themes']],
    ['Premium WordPress Themes Download', ['themes']],
    ['Free Download WordPress Themes', ['themes']],
    ['Download WordPress Themes Free', ['themes']],
    ['Free Android Games', ['apps-games']],
    ['udemy paid course free download', ['courses']],
    ['lynda course free download', ['courses']],
    ['free online course', ['courses']],
    ['download mobile firmware', ['firmware']],
    ['download Samsung firmware', ['firmware']],
    ['Free Premium Themes', ['themes']],
    ['GPL Themes Download', ['themes']],
    ['Download Free Udemy Courses', ['courses']],
    ['Free Download Full Version Software', ['downloads']],
    ['Download Xiaomi Firmware', ['firmware']],
    ['Free PC Games Download', ['apps-games']],
    ['ThemeForest Nulled', ['warez']],
    ['Tải theme WordPress miễn phí', ['themes']],
    ['Temas WordPress gratis', ['themes']],
    ['Télécharger des thèmes WordPress', ['themes']],
    ['Juegos Android gratis', ['apps-games']],
    ['Powered by WordPress | Theme by ThemeGrill', []],
    ['Tema: Astra por Brainstorm Force', []],
    ['Theme by WPZoom', []],
    ['Free shipping on orders over $50', []],
    ['Subscribe to our free newsletter', []],
    ['Proudly powered by WordPress. Theme: Twenty Twenty-One.', []],
    ['© 2024 Example News. All rights reserved.', []],
    ['Download our free app', []],
  ] as [string, string[]][])('%s', (text, families) => {
    expect(spamFamiliesOf(text)).toEqual(families);
  });
});

describe('detectSpamFooter', () => {
  test.each([
    [
      'visible footer links',
      '<div>© 2023 Site. <span class="footer-links"><a href="https://www.themesfreedl-nulled.com/" rel="dofollow">Free WordPress Themes</a>, <a href="https://www.androidgamesapk-free.net/" rel="dofollow">Free Android Games</a></span></div>',
    ],
    [
      'display:none',
      '<div style="display:none"><a href="https://a-nulled.com/">Download Nulled WordPress Themes</a> <a href="https://b.net/">download mobile firmware</a></div>',
    ],
    [
      'off-screen',
      '<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://x.com/">udemy paid course free download</a></div>',
    ],
    ['zero font size', '<div style="font-size:0"><a href="https://x.com/">lynda course free download</a></div>'],
    [
      'text-indent',
      '<div style="text-indent:-9999px"><a href="https://x.com/">Premium WordPress Themes Download</a></div>',
    ],
    [
      'class hidden by a <style> rule',
      '<style>.ftr-x{display:none}</style><div class="ftr-x"><a href="https://x.com/">download Samsung firmware</a></div>',
    ],
    [
      'base64 link targets with innocent texts',
      `<div><a href="#" data-href="${b64('https://www.themesfreedl-nulled.com/')}">Partners</a></div>`,
    ],
    [
      'document.write(atob(…))',
      `<script>document.write(atob('${b64('<a href="https://x.org/">Free Download WordPress Themes</a>')}'))</script>`,
    ],
    ['plain-text capture line', '<p>Free WordPress Themes, Free Android Games</p>'],
    ['noscript links', '<noscript><a href="https://x.com/">Free Download WordPress Themes</a></noscript>'],
    [
      'onclick atob target',
      `<a href="#" onclick="location.href=atob('${b64('https://www.mobilefirmware-dl.net/')}')">Partner</a>`,
    ],
    [
      'document.write(unescape(…))',
      `<script>document.write(unescape('${encodeURIComponent('<a href="https://x.org/">udemy paid course free download</a>')}'))</script>`,
    ],
    ['hex-escaped script string', '<script>document.write("\\x46ree Android Games")</script>'],
    [
      'height:1px overflow hidden',
      '<div style="height:1px;overflow:hidden"><a href="https://x.com/">Download Nulled WordPress Themes</a></div>',
    ],
  ])('%s fires', (_name, footer) => {
    const signals = detectSpamFooter(page(footer));
    expect(signals.map((s) => s.kind)).toEqual(['spam-footer']);
    expect(signals[0]?.quote).toBeTruthy();
  });

  test.each([
    [
      'honest theme credit',
      '<div class="site-info">Proudly powered by <a href="https://wordpress.org/">WordPress</a> | Theme: <a href="https://themegrill.com/">ColorMag</a> by ThemeGrill.</div>',
    ],
    ['copyright only', '<div>© 2023 Site. All rights reserved.</div>'],
    [
      'base64 of an innocent URL',
      `<div><a href="#" data-href="${b64('https://www.example.org/about/')}">About</a></div>`,
    ],
    [
      'analytics script',
      '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("config", "G-XYZ");</script>',
    ],
    [
      'base64 image placeholder',
      '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">',
    ],
  ])('%s stays quiet', (_name, footer) => {
    expect(detectSpamFooter(page(footer))).toEqual([]);
  });

  test('one article link about free courses is not the footer family', () => {
    const body =
      '<p>Universities now offer a <a href="https://edu.example.org/mooc">free online course</a> on climate science to anyone who signs up before March, the ministry said on Tuesday in a statement.</p>';
    expect(detectSpamFooter(page('<div>© 2024 Site.</div>', body))).toEqual([]);
  });
});

describe('spam phrase families: other members written differently (robustness harness findings)', () => {
  test.each([
    ['Free Download Premium Plugins', ['themes']],
    ['Free Android APK Games', ['apps-games']],
    ['Free Download Android Apps', ['apps-games']],
    ['Download Android Games For Free', ['apps-games']],
    ['Premium Android Apps Free', ['apps-games']],
    ['Free Premium Courses', ['courses']],
    ['Free Course Download', ['courses']],
    ['Samsung Stock Firmware', ['firmware']],
    ['Firmware Samsung', ['firmware']],
    ['Cracked PC Games', ['warez']],
    ['Download Free Software Full Version', ['downloads']],
    ['Descargar Plantillas WordPress Gratis', ['themes']],
    ['Kostenlose WordPress Themes', ['themes']],
    ['Temi WordPress Gratis', ['themes']],
    ['Darmowe szablony WordPress', ['themes']],
    ['Скачать шаблоны WordPress бесплатно', ['themes']],
    ['Бесплатные темы WordPress', ['themes']],
    ['WordPress 主题免费下载', ['themes']],
    ['Tải Game Android Miễn Phí', ['apps-games']],
    // Must not: an honest theme credit, headlines and ordinary words.
    ['Free WordPress theme by ThemeZee', []],
    ['Theme: ColorMag by ThemeGrill. Powered by WordPress.', []],
    ['Firmware update for Samsung TVs fixes a long-standing bug', []],
    ['Samsung firmware update bricks older phones, users say', []],
    ['Android apps that help you sleep better', []],
    ['WordPress 6.5 released with new themes features', []],
    [
      'Los sistemas de WordPress gratis para empresas pequeñas en España y el resto del mundo, según el informe anual',
      [],
    ],
    ['Free shipping on Android phones', []],
    ['Now check your email account on your mobile phone to download your new app.', []],
  ] as [string, string[]][])('%s', (text, families) => {
    expect(spamFamiliesOf(text)).toEqual(families);
  });
});

describe('detectSpamFooter: a footer without landmarks, told by its copyright line (robustness harness)', () => {
  const para =
    '<div>Article text that is long enough to be the main column of this page, about anything at all, really.</div>';
  const soup = (tail: string): ReturnType<typeof readPage> => {
    const html = `<html><body><div class="a1"><h1>T</h1><div class="b2">${para}${para}${para}</div></div><div class="c3"><div>Recent</div><div>Links</div></div>${tail}</body></html>`;
    return readPage(parseHTML(html).document as unknown as Document, URL);
  };
  test.each([
    [
      'one visible link next to "©"',
      '<div class="q9"><div>© 2023 Site. All rights reserved.</div><span><a href="https://www.apkfree.xyz/">Download Samsung Firmware</a></span></div>',
    ],
    [
      'vi copyright line',
      '<div class="q9"><div>Bản quyền thuộc về Tin Nhanh.</div><div><a href="https://x.net/">Free Nulled Plugins</a></div></div>',
    ],
  ])('%s fires', (_name, tail) => {
    expect(detectSpamFooter(soup(tail)).map((s) => s.kind)).toEqual(['spam-footer']);
  });
  test.each([
    // Must not: the same single phrase far from any copyright line, or an honest credit beside it.
    [
      'no copyright line',
      '<div class="q9"><span><a href="https://www.apkfree.xyz/">Download Samsung Firmware</a></span></div>',
    ],
    [
      'honest theme credit beside "©"',
      '<div class="q9"><div>© 2023 Site.</div><div>Powered by WordPress | <a href="https://themegrill.com/">Theme by ThemeGrill</a></div></div>',
    ],
  ])('%s stays quiet', (_name, tail) => {
    expect(detectSpamFooter(soup(tail))).toEqual([]);
  });
});

// Warez host names, read on hidden or encoded links whose text says nothing (robustness harness).
test.each([
  ['nulledplugins-hub', true],
  ['gplpluginshub', true],
  ['apkmody', true],
  ['themesfreedl-nulled', true],
  ['androidgamesapk-free', true],
  ['freecoursesite', true],
  // Must not: one family word alone, or ordinary news and shop names.
  ['gamesnews', false],
  ['onlinecourses', false],
  ['themeforest', false],
  ['apkmirror', false],
  ['freepik', false],
])('spamHostLabel(%s) = %s', (label, spam) => {
  expect(spamHostLabel(label)).toBe(spam);
});
