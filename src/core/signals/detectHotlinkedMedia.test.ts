import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectHotlinkedMedia } from './detectHotlinkedMedia.ts';

function run(
  body: string,
  head = '',
  url = 'https://tinnhanh-example.xyz/p_35599',
): ReturnType<typeof detectHotlinkedMedia> {
  const html = `<html><head>${head}</head><body><header class="site-header"><img src="/wp-content/uploads/logo.png"></header><article><h1>T</h1><div class="entry-content"><p>Some article text that is long enough to be the main column.</p>${body}</div></article><aside class="sidebar"><img src="https://tinnhanh-example.xyz/wp-content/uploads/thumb.jpg"></aside></body></html>`;
  return detectHotlinkedMedia(readPage(parseHTML(html).document as unknown as Document, url));
}

test.each([
  [
    'src on the original host',
    '<figure><img src="https://baoangiang.com.vn/image/upload/2023/a.jpg"></figure><img src="https://baoangiang.com.vn/image/upload/2023/b.jpg">',
    'baoangiang.com.vn',
  ],
  [
    'lazy data-src with a placeholder src',
    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.washingtonpost.com/rw/a.jpg" class="lazyload">',
    'img.washingtonpost.com',
  ],
  [
    'data-lazy-src',
    '<img src="/lazy.gif" data-lazy-src="https://d262ilb51hltx0.cloudfront.net/max/2000/1.jpeg">',
    'd262ilb51hltx0.cloudfront.net',
  ],
  [
    'srcset only',
    '<img srcset="https://i.guim.co.uk/img/media/x.jpg 620w, https://i.guim.co.uk/img/media/y.jpg 1240w">',
    'i.guim.co.uk',
  ],
  ['news CDN counts', '<img src="https://static01.nyt.com/images/2017/01/14/a.jpg">', 'static01.nyt.com'],
  [
    'Photon proxy unwrapped',
    '<img src="https://i0.wp.com/www.example-news.com/uploads/a.jpg?w=640">',
    'www.example-news.com',
  ],
])('%s fires', (_name, body, host) => {
  const r = run(body);
  expect(r.signals.map((s) => s.kind)).toEqual(['hotlinked-media']);
  expect(r.hosts[0]).toBe(host);
});

test('hosts are ranked by image count', () => {
  const r = run(
    '<img src="https://a-news.com/1.jpg"><img src="https://b-news.com/1.jpg"><img src="https://b-news.com/2.jpg">',
  );
  expect(r.hosts).toEqual(['b-news.com', 'a-news.com']);
});

test.each([
  ['own uploads', '<img src="https://tinnhanh-example.xyz/wp-content/uploads/2023/04/a.jpg">'],
  ['relative src', '<img src="/wp-content/uploads/a.jpg">'],
  [
    'avatar and emoji',
    '<img src="https://secure.gravatar.com/avatar/abc?s=96"><img src="https://s.w.org/images/core/emoji/14.0.0/72x72/1f600.png">',
  ],
  [
    'tracking pixel',
    '<img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1"><img src="https://pixel.wp.com/g.gif">',
  ],
  ["Blogger's own image CDN", '<img src="https://blogger.googleusercontent.com/img/b/R29v/s640/a.jpg">'],
  ['embedded tweet media', '<img src="https://pbs.twimg.com/media/CDwsg63.jpg">'],
  ['hidden image', '<div style="display:none"><img src="https://other-news.com/a.jpg"></div>'],
])('%s stays quiet', (_name, body) => {
  expect(run(body).signals).toEqual([]);
});

test("the site's own CDN (it also serves the stylesheets) is not hot-linking", () => {
  const r = run(
    '<img src="https://static01.nyt.com/images/a.jpg">',
    '<link rel="stylesheet" href="https://static01.nyt.com/css/main.css">',
    'https://www.nytimes-example.com/2019/a.html',
  );
  expect(r.signals).toEqual([]);
});

test('a sister domain of the brand is not hot-linking', () => {
  expect(run('<img src="https://cdn.vox-cdn.com/uploads/a.jpg">', '', 'https://www.vox.com/2017/a').signals).toEqual(
    [],
  );
});

test("all article images foreign is strong; a mix with the site's own images is weak", () => {
  expect(
    run('<img src="https://a-news.com/1.jpg"><img src="https://a-news.com/2.jpg">').signals[0]?.strength,
  ).toBeGreaterThanOrEqual(0.5);
  expect(
    run('<img src="https://a-news.com/1.jpg"><img src="/wp-content/uploads/own.jpg">').signals[0]?.strength,
  ).toBeLessThan(0.5);
});

// The publisher's own pictures on a shared image service carry its brand as the customer name (robustness harness).
test.each([
  [
    'imgix customer sub-domain',
    '<img src="https://webmd.imgix.net/uploads/a.jpg">',
    'https://www.webmd.com/allergies/news/20150220/a',
  ],
  [
    'Cloudinary cloud name in the path',
    '<img src="https://res.cloudinary.com/wptavern/image/upload/v1/a.jpg">',
    'https://wptavern.com/a-story',
  ],
  [
    'brand sub-domain of a news group',
    '<img src="https://cnn.imgix.net/a.jpg">',
    'https://money.cnn.com/2016/02/01/news/a/',
  ],
])("%s on the brand's own page stays quiet", (_name, body, url) => {
  expect(run(body, '', url).signals).toEqual([]);
});

test.each([
  // Must not: a copy site hot-linking the same brand's images still fires.
  ['imgix customer sub-domain', '<img src="https://webmd.imgix.net/uploads/a.jpg">', 'webmd.imgix.net'],
  [
    'Cloudinary cloud name in the path',
    '<img src="https://res.cloudinary.com/wptavern/image/upload/v1/a.jpg">',
    'res.cloudinary.com',
  ],
])('%s on a copy site fires', (_name, body, host) => {
  const r = run(body);
  expect(r.signals.map((s) => s.kind)).toEqual(['hotlinked-media']);
  expect(r.hosts[0]).toBe(host);
});

// A theme without landmark elements or known class names: the platform CDN that also serves the page's chrome
// (avatar, banner, sidebar pictures outside the article column) is the site's own (robustness harness).
function soup(
  chrome: string,
  article: string,
  url = 'https://stevenhgm.pixnet.net/blog/post/39926056',
): ReturnType<typeof detectHotlinkedMedia> {
  const para =
    '<div class="x1">Some article text that is long enough to be the main column of the page, and then some more.</div>';
  const menu = '<div class="m3"><div>Home</div><div>World</div><div>Tech</div><div>Life</div></div>';
  const html = `<html><body><div class="k9"><img src="${chrome}"><div>My blog</div>${menu}</div><div class="q2"><h1>T</h1>${para}${article}${para}${para}</div><div class="z7">${menu}<div class="w1"><img src="${chrome.replace('a.jpg', 'b.jpg')}"></div><div class="w1">Links</div></div></body></html>`;
  return detectHotlinkedMedia(readPage(parseHTML(html).document as unknown as Document, url));
}

test("a platform CDN serving the chrome outside the article column is the site's own, landmarks or not", () => {
  expect(
    soup('https://pic.pimg.tw/stevenhgm/a.jpg', '<img src="https://pic.pimg.tw/stevenhgm/1.jpg">').signals,
  ).toEqual([]);
});

test('must not: a copy whose chrome is its own keeps the hot-linked article images', () => {
  const r = soup(
    'https://copy-site-news24.xyz/wp-content/a.jpg',
    '<img src="https://pic.pimg.tw/stevenhgm/1.jpg">',
    'https://copy-site-news24.xyz/p/1',
  );
  expect(r.signals.map((s) => s.kind)).toEqual(['hotlinked-media']);
});
