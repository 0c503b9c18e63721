import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectSourceLine } from './detectSourceLine.ts';

const URL = 'https://copy-site-news24.xyz/some-story/';
const P =
  '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';

/** A theme page with the line at the end (or top) of the article body. */
function page(line: string, where: 'end' | 'top' | 'middle' = 'end'): ReturnType<typeof readPage> {
  const body =
    where === 'top' ? line + P + P + P + P : where === 'middle' ? P + P + line + P + P + P : P + P + P + P + line;
  const html = `<html><head><title>T</title></head><body><header class="site-header"><p>Copy Site</p></header><article><h1>Title</h1><div class="entry-content">${body}</div></article><footer id="colophon"><p>© 2024</p></footer></body></html>`;
  return readPage(parseHTML(html).document as unknown as Document, URL);
}

describe('detectSourceLine: credits naming the source', () => {
  test.each([
    [
      'vi URL text, trailing dot',
      '<p>Nguồn thông tin : https://baoangiang.com.vn/tiep-tuc-a359678.html.</p>',
      'https://baoangiang.com.vn/tiep-tuc-a359678.html',
    ],
    ['vi Theo + name', '<p>Theo Báo An Giang</p>', 'Báo An Giang'],
    [
      'vi URL text with a long percent-encoded slug',
      '<p>Nguồn: https://www.xihu-ribao.cn/news/2024-03/12/%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96.html.</p>',
      'https://www.xihu-ribao.cn/news/2024-03/12/%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96.html',
    ],
    ['vi Theo + name, strong, trailing dot', '<p class="source"><strong>Theo WP Tavern.</strong></p>', 'WP Tavern'],
    [
      'vi aggregator link',
      '<p class="nr-readmore">Xem chi tiết tại <a href="https://www.theverge.com/2375/apple-vision">The Verge</a></p>',
      'https://www.theverge.com/2375/apple-vision',
    ],
    [
      'vi Xem thêm tại',
      '<p>Xem thêm tại: <a href="https://vnexpress.net/abc-123.html">VnExpress</a></p>',
      'https://vnexpress.net/abc-123.html',
    ],
    [
      'en Source: URL in strong',
      '<p class="source"><strong>Source: https://lwn.net/Articles/637397/</strong></p>',
      'https://lwn.net/Articles/637397/',
    ],
    [
      'en Source: linked URL with trailing dot',
      '<p><em>Source: <a href="https://www.iab.com/news/lean">https://www.iab.com/news/lean</a>.</em></p>',
      'https://www.iab.com/news/lean',
    ],
    ['en Credit: name, right-aligned', '<p style="text-align: right;">Credit: Medium</p>', 'Medium'],
    [
      'en Read more at',
      '<p class="read-more">Read more at <a href="https://www.atlasobscura.com/articles/tarot">Atlas Obscura</a></p>',
      'https://www.atlasobscura.com/articles/tarot',
    ],
    [
      'en originally published by (syndication)',
      '<p><em>This story was originally published by <a href="https://v8.dev/blog/wasm">V8</a> and is republished here with permission.</em></p>',
      'https://v8.dev/blog/wasm',
    ],
    [
      'en originally appeared on',
      '<p><em>This article originally appeared on <a href="https://www.theatlantic.com/a/588184/">The Atlantic</a>.</em></p>',
      'https://www.theatlantic.com/a/588184/',
    ],
    [
      'en Read the full story at',
      '<p>Read the full story at <a href="https://example-news.com/2020/story">Example News</a></p>',
      'https://example-news.com/2020/story',
    ],
    [
      'es Fuente: URL right',
      '<p style="text-align: right;">Fuente: https://www.webmd.com/news/superbugs</p>',
      'https://www.webmd.com/news/superbugs',
    ],
    [
      'es Leer más en',
      '<p>Leer más en <a href="https://elpais.com/sociedad/2020/nota.html">El País</a></p>',
      'https://elpais.com/sociedad/2020/nota.html',
    ],
    [
      'es publicado originalmente',
      '<p><em>Este artículo fue publicado originalmente en <a href="https://www.cnet.com/es/noticias/x/">CNET en Español</a>.</em></p>',
      'https://www.cnet.com/es/noticias/x/',
    ],
    [
      'fr Source : URL',
      '<p>Source : https://next.liberation.fr/culture/2017/11/24/vape_1612047</p>',
      'https://next.liberation.fr/culture/2017/11/24/vape_1612047',
    ],
    [
      'fr Lire la suite sur',
      '<p class="read-more">Lire la suite sur <a href="https://www.lemonde.fr/pixels/article/x.html">Le Monde</a></p>',
      'https://www.lemonde.fr/pixels/article/x.html',
    ],
    [
      'fr initialement publié',
      '<p><em>Cet article a été initialement publié par <a href="https://www.theguardian.com/env/whales">The Guardian</a>.</em></p>',
      'https://www.theguardian.com/env/whales',
    ],
    [
      'de Quelle: link in div',
      '<div class="source">Quelle: <a href="https://www.heise.de/meldung/x-2596987.html">heise online</a></div>',
      'https://www.heise.de/meldung/x-2596987.html',
    ],
    [
      'de Weiterlesen bei',
      '<p>Weiterlesen bei <a href="https://www.spiegel.de/politik/a-123.html">Spiegel</a></p>',
      'https://www.spiegel.de/politik/a-123.html',
    ],
    [
      'pt Fonte: link',
      '<p>Fonte: <a href="https://mcupdate.tumblr.com/post/96439224994/x">Minecraft Update News</a></p>',
      'https://mcupdate.tumblr.com/post/96439224994/x',
    ],
    [
      'pt Leia mais em',
      '<p>Leia mais em <a href="https://g1.globo.com/economia/noticia/x.ghtml">G1</a></p>',
      'https://g1.globo.com/economia/noticia/x.ghtml',
    ],
    [
      'it Fonte: URL in div',
      '<div class="source">Fonte: https://www.aclu.org/blog/privacy/facebook-tracking</div>',
      'https://www.aclu.org/blog/privacy/facebook-tracking',
    ],
    ['nl Bron: name on top', '<p class="source"><strong>Bron: TMZ</strong></p>', 'TMZ', 'top'],
    ['pl Źródło: name', '<p class="source"><strong>Źródło: The New York Times</strong></p>', 'The New York Times'],
    ['cs Zdroj: name with dot', '<p>Zdroj: Aktuálně.cz</p>', 'Aktuálně.cz'],
    [
      'tr Kaynak: URL on top',
      '<p>Kaynak: https://www.liberation.fr/monde/2015/04/30/nepal_1278483</p>',
      'https://www.liberation.fr/monde/2015/04/30/nepal_1278483',
      'top',
    ],
    [
      'id Sumber: link',
      '<div class="source">Sumber: <a href="https://www.quantamagazine.org/hidden-heroines/">Quanta Magazine</a></div>',
      'https://www.quantamagazine.org/hidden-heroines/',
    ],
    [
      'id Baca selengkapnya di',
      '<p>Baca selengkapnya di <a href="https://www.kompas.com/read/2020/x">Kompas.com</a></p>',
      'https://www.kompas.com/read/2020/x',
    ],
    [
      'ru Источник: link right',
      '<p style="text-align: right;">Источник: <a href="https://www.telegraph.co.uk/news/2017/11/16/mugabe/">The Telegraph</a></p>',
      'https://www.telegraph.co.uk/news/2017/11/16/mugabe/',
    ],
    [
      'ar المصدر: URL',
      '<p class="source"><strong>المصدر: https://www.washingtonpost.com/business/economy/x_story.html</strong></p>',
      'https://www.washingtonpost.com/business/economy/x_story.html',
    ],
    [
      'zh 来源：URL full-width colon',
      '<p class="source"><strong>来源：https://stevenhgm.pixnet.net/blog/post/39926056</strong></p>',
      'https://stevenhgm.pixnet.net/blog/post/39926056',
      'top',
    ],
    [
      'zh 來源 traditional',
      '<p>來源：<a href="https://www.cna.com.tw/news/123.aspx">中央社</a></p>',
      'https://www.cna.com.tw/news/123.aspx',
    ],
    [
      'zh 转载自 without colon',
      '<p>转载自<a href="https://www.36kr.com/p/123">36氪</a></p>',
      'https://www.36kr.com/p/123',
    ],
    [
      'zh date then label on a meta line',
      '<div class="info">2017-03-10 09:58　来源：<a href="http://tech.163.com/17/0228/x.html">网易科学人</a></div>',
      'http://tech.163.com/17/0228/x.html',
      'top',
    ],
    [
      'ja 出典：URL',
      '<p style="text-align: right;">出典：https://fandom.wikia.com/articles/star-wars</p>',
      'https://fandom.wikia.com/articles/star-wars',
    ],
    [
      'ja 引用元',
      '<p>引用元：<a href="https://www.asahi.com/articles/ASP123.html">朝日新聞</a></p>',
      'https://www.asahi.com/articles/ASP123.html',
    ],
    [
      'ko 출처: URL in em, top',
      '<p class="source"><em>출처: https://ebb.org/bkuhn/blog/2019/10/15/events.html</em></p>',
      'https://ebb.org/bkuhn/blog/2019/10/15/events.html',
      'top',
    ],
    [
      'th ที่มา',
      '<p>ที่มา: <a href="https://www.thairath.co.th/news/123">ไทยรัฐ</a></p>',
      'https://www.thairath.co.th/news/123',
    ],
    [
      'hi स्रोत',
      '<p>स्रोत: <a href="https://www.bhaskar.com/national/news/x-123.html">दैनिक भास्कर</a></p>',
      'https://www.bhaskar.com/national/news/x-123.html',
    ],
    ['sv Källa', '<p>Källa: <a href="https://www.dn.se/nyheter/x/">DN</a></p>', 'https://www.dn.se/nyheter/x/'],
    ['en bare host name', '<p>Source: vnexpress.net</p>', 'vnexpress.net'],
    ['vi bracketed Theo at the end', '<p><em>(Theo VnExpress)</em></p>', 'VnExpress'],
    [
      'theme badge run into the link',
      '<div class="td-post-source-tags"><span class="td-source-title">SOURCE</span><a rel="nofollow" href="https://vnexpress.net/abc-4567.html">VnExpress</a></div>',
      'https://vnexpress.net/abc-4567.html',
    ],
    [
      'en first appeared on',
      '<p><em>This article first appeared on <a href="https://www.propublica.org/article/x">ProPublica</a>.</em></p>',
      'https://www.propublica.org/article/x',
    ],
    [
      'own-site redirect to the source',
      '<p class="read-more">Read more at <a href="https://copy-site-news24.xyz/go/?url=https%3A%2F%2Fwww.bbc.com%2Fnews%2Fworld-1">BBC News</a></p>',
      'https://www.bbc.com/news/world-1',
    ],
    [
      'en Translated from',
      '<p>Translated from <a href="https://www.lemonde.fr/a/b.html">Le Monde</a></p>',
      'https://www.lemonde.fr/a/b.html',
    ],
  ] as [string, string, string, ('end' | 'top')?][])('%s', (_name, line, claim, where = 'end') => {
    const { signals, claims } = detectSourceLine(page(line, where));
    expect(signals.map((s) => s.kind)).toEqual(['source-line']);
    expect(claims[0]?.value).toBe(claim);
  });
});

describe('detectSourceLine: data and photo credits, and prose, are not republication', () => {
  test.each([
    ['data source label', '<p><em>Data source: IMF World Economic Outlook</em></p>'],
    ['statistics office, mid-article', '<p><em>Source: Eurostat</em></p>', 'middle'],
    ['statistics office at the end', '<p><em>Source: U.S. Bureau of Labor Statistics</em></p>'],
    ['vi statistics office', '<p><em>Nguồn: Tổng cục Thống kê</em></p>'],
    ['vi World Bank', '<p><em>Nguồn: Ngân hàng Thế giới</em></p>'],
    ['id BPS', '<p><em>Sumber: BPS</em></p>'],
    ['de Eurostat', '<p><em>Quelle: Eurostat</em></p>'],
    ['research centre', '<p><em>Source: Pew Research Center</em></p>'],
    ['pl GUS', '<p><em>Źródło: GUS</em></p>'],
    ['es INE', '<p><em>Fuente: INE</em></p>'],
    ['picture library credit', '<p>Credit: Getty Images</p>'],
    ['vi Internet photo', '<p>Nguồn: Internet</p>'],
    [
      'chart source under a figure',
      '<figure><img src="/c.png"></figure><p class="chart-source"><em>Source: Some Research Group</em></p>',
    ],
    [
      'name right after a chart image',
      '<figure class="data-chart"><img src="/c.png"><figcaption>Rent by city</figcaption></figure><p><em>Source: Acme Analytics</em></p>',
    ],
    ['photo credit in figcaption', '<figure><img src="/p.jpg"><figcaption>Photo: Reuters</figcaption></figure>'],
    ['vi photo credit in figcaption', '<figure><img src="/p.jpg"><figcaption>Ảnh: TTXVN</figcaption></figure>'],
    ['vi photo source label', '<p>Nguồn ảnh: Internet</p>'],
    ['zh picture source label', '<p>图片来源：视觉中国</p>'],
    ['table source row', '<table><tr><td>1</td></tr><tr><td>Source: OECD</td></tr></table>'],
    ['vi "Theo" starting a sentence', '<p>Theo báo cáo, toàn huyện có hơn 248 hộ dân được hỗ trợ trong năm qua.</p>'],
    [
      'vi "Theo" + official in a sentence',
      '<p>Theo Bộ Y tế, số ca mắc mới trong ngày tiếp tục giảm mạnh so với tuần trước đó ở nhiều tỉnh thành phía Nam.</p>',
    ],
    ['vi "Theo" + agency opening a short sentence', '<p>Theo AFP, ông Biden nói vậy.</p>', 'top'],
    [
      'outgoing reprint note',
      '<p><em>This article was reprinted on </em><a href="https://www.wired.com/story/x/"><em>Wired.com</em></a><em>.</em></p>',
    ],
    [
      'paragraph about a first edition',
      '<p><em>Originally published at <a href="http://www.example-blog.com/2011/11/x/">www.example-blog.com</a> on November 18, 2011. Sadly this solo post did not stop the abuse of the word. Help the word out.</em></p>',
    ],
    [
      'bracketed image credit under a picture',
      '<div class="img-wrap"><img src="/a.jpg"></div><p><em>(Source: Havoc-DM)</em></p>',
    ],
    ['own-site link', '<p>Source: <a href="https://copy-site-news24.xyz/tag/bbc/">our archive</a></p>', 'middle'],
    ['hidden source line', '<p style="display:none">Nguồn: https://vnexpress.net/abc-123.html</p>'],
    [
      '"Posted in" category line',
      '<p>Publicado em <a href="https://copy-site-news24.xyz/category/economia/">Economia</a></p>',
    ],
    [
      'a label word run into an ordinary sentence',
      '<p>Sources close to the minister said on <a href="https://other.example.com/a">Monday</a> that talks had stalled.</p>',
    ],
  ] as [string, string, ('end' | 'middle' | 'top')?][])('%s', (_name, line, where = 'end') => {
    expect(detectSourceLine(page(line, where)).signals).toEqual([]);
  });
});

/** A page whose article opens with short lead lines (dateline, caption, "X reports") before its first paragraph. */
function leadLinesPage(line: string, figureBefore = false): ReturnType<typeof readPage> {
  const lead = '<p>TNW 2016年10月14日07:17</p><p>转播到腾讯微博</p><p>TNW中文站 10月14日报道</p>';
  const fig = figureBefore ? '<figure><img src="https://copy-site-news24.xyz/wp-content/uploads/a.jpg"></figure>' : '';
  const html = `<html><body><article><h1>Title</h1><div class="entry-content">${lead}${fig}${line}${P}${P}${P}${P}${P}${P}</div></article></body></html>`;
  return readPage(parseHTML(html).document as unknown as Document, URL);
}

describe('detectSourceLine: held-out theme variations (robustness harness findings)', () => {
  test.each([
    // The credit sits after short lead lines, before the first real paragraph: still the top of the article.
    [
      'after a dateline and a caption line',
      '<p>Quelle – <a href="https://tech.qq.com/a/20161013/002753.htm">https://tech.qq.com/a/20161013/002753.htm</a> .</p>',
      'https://tech.qq.com/a/20161013/002753.htm',
      false,
    ],
    // A "read more at" lead right under a photo is not a photo credit, named publisher or one-segment article URL.
    ['lead naming a publisher under a photo', '<p>Xem thêm tại WP Tavern</p>', 'WP Tavern', true],
    [
      'lead linking a one-segment article URL under a photo',
      '<p>Seguir leyendo en <a href="https://lifehacker.com/how-to-program-your-mind-1690268064">lifehacker.com</a></p>',
      'https://lifehacker.com/how-to-program-your-mind-1690268064',
      true,
    ],
    ['it lead naming a publisher under a photo', '<p>Continua a leggere su TMZ</p>', 'TMZ', true],
    // A data word inside the claimed URL's slug does not make it a data credit.
    [
      'URL whose slug holds a data word, under a photo',
      '<p>Nguồn thông tin : https://android-developers.googleblog.com/2016/12/saving-data-reducing-the-size-of-app-updates.html.</p>',
      'https://android-developers.googleblog.com/2016/12/saving-data-reducing-the-size-of-app-updates.html',
      true,
    ],
  ] as [string, string, string, boolean][])('%s', (_name, line, claim, figure) => {
    const { signals, claims } = detectSourceLine(leadLinesPage(line, figure));
    expect(signals.map((s) => s.kind)).toEqual(['source-line']);
    expect(claims[0]?.value).toBe(claim);
  });

  test.each([
    [
      'URL followed by an ellipsis',
      '<p>Source : https://www.liberation.fr/monde/2015/04/30/nepal_1278483…</p>',
      'https://www.liberation.fr/monde/2015/04/30/nepal_1278483',
    ],
    [
      'vi Xem bài gốc tại',
      '<p>Xem bài gốc tại <a href="https://vnexpress.net/abc-4567.html">VnExpress</a></p>',
      'https://vnexpress.net/abc-4567.html',
    ],
    [
      'vi capitalised "first published on" note',
      '<p>Bài viết được đăng lần đầu trên <a href="https://vnexpress.net/abc-4567.html">VnExpress</a>.</p>',
      'https://vnexpress.net/abc-4567.html',
    ],
    [
      'de Den ganzen Artikel lesen auf',
      '<p>Den ganzen Artikel lesen auf <a href="https://www.heise.de/meldung/x-2596987.html">heise online</a></p>',
      'https://www.heise.de/meldung/x-2596987.html',
    ],
    [
      'zh 阅读全文',
      '<p>阅读全文：<a href="https://tech.qq.com/a/20161013/002753.htm">腾讯科技</a></p>',
      'https://tech.qq.com/a/20161013/002753.htm',
    ],
    [
      'zh 查看原文',
      '<p>查看原文：<a href="https://tech.qq.com/a/20161013/002753.htm">腾讯科技</a></p>',
      'https://tech.qq.com/a/20161013/002753.htm',
    ],
    [
      'ja 続きを読む',
      '<p>続きを読む：<a href="https://www.asahi.com/articles/ASP123.html">朝日新聞</a></p>',
      'https://www.asahi.com/articles/ASP123.html',
    ],
  ])('%s', (_name, line, claim) => {
    const { signals, claims } = detectSourceLine(page(line));
    expect(signals.map((s) => s.kind)).toEqual(['source-line']);
    expect(claims[0]?.value).toBe(claim);
  });

  test.each([
    // Must not: short credits under a photo stay picture credits; a chart's homepage-like source stays a data credit.
    ['short lead under a photo', '<p>Theo TTXVN</p>'],
    ['courtesy line under a photo', '<p>Courtesy of Reuters</p>'],
    ['chart source linking a homepage', '<p>Source: <a href="https://www.acme-analytics.com/">Acme Analytics</a></p>'],
    [
      'chart source linking a section page',
      '<p>Source: <a href="https://www.acme-analytics.com/indicators">Acme Analytics</a></p>',
    ],
  ])('%s', (_name, line) => {
    expect(detectSourceLine(leadLinesPage(line, true)).signals).toEqual([]);
  });
});

describe('detectSourceLine: data notes closing an article (robustness harness findings)', () => {
  test.each([
    ['de federal employment agency', '<p><em>Quelle: Bundesagentur für Arbeit</em></p>'],
    ['central bank of the US', '<p><em>Source: Federal Reserve</em></p>'],
    ['energy agency', '<p><em>Source: International Energy Agency</em></p>'],
    ['data publication', '<p><em>Source: Our World in Data</em></p>'],
  ])('%s is a data credit', (_name, line) => {
    expect(detectSourceLine(page(line)).signals).toEqual([]);
  });

  test.each([
    // Must still fire: a news agency is a republication source, not a data provider.
    ['news agency', '<p><em>Source: Xinhua News Agency</em></p>', 'Xinhua News Agency'],
    [
      'claimed URL with feed campaign parameters',
      '<p>Source: https://v8.dev/blog/wasm?utm_source=rss&amp;utm_medium=rss</p>',
      'https://v8.dev/blog/wasm?utm_source=rss&utm_medium=rss',
    ],
  ])('%s', (_name, line, claim) => {
    expect(detectSourceLine(page(line)).claims[0]?.value).toBe(claim);
  });
});

test('the end of the article is its last paragraph of prose, before a long "in this issue" list', () => {
  const list =
    '<ul>' +
    '<li>Security: Toward secure package downloads; New vulnerabilities in drupal, firefox, mozilla, openssl, php, python and a few others</li>'.repeat(
      5,
    ) +
    '</ul>';
  const html = `<html><body><article><h1>T</h1><div class="entry-content">${P.repeat(6)}<p>출처： <a href="https://lwn.net/Articles/637397/">https://lwn.net/Articles/637397/</a></p><p>Comments (74 posted)</p><p>Page editor: Jonathan Corbet</p><h2>Inside this week's Weekly Edition</h2>${list}<p>Next page: Security&gt;&gt;</p></div></article></body></html>`;
  const { claims } = detectSourceLine(readPage(parseHTML(html).document as unknown as Document, URL));
  expect(claims[0]?.value).toBe('https://lwn.net/Articles/637397/');
});

describe('detectSourceLine: a publisher named with a descriptor or a note (robustness harness findings)', () => {
  test.each([
    ['vi Theo báo', '<p>Theo báo Tuổi Trẻ</p>', 'báo Tuổi Trẻ'],
    ['vi Theo trang', '<p><strong>Theo trang VnExpress</strong></p>', 'trang VnExpress'],
    ['en the + name', '<p>Source: the Guardian</p>', 'the Guardian'],
    ['nl name then a photo credit', '<p>Bron: NOS | foto: ANP</p>', 'NOS'],
  ])('%s', (_name, line, claim) => {
    expect(detectSourceLine(page(line)).claims[0]?.value).toBe(claim);
  });

  test.each([
    // Must not: a descriptor-like word opening a sentence, a lowercase generic phrase, a photo label.
    ['vi "Theo báo cáo" sentence', '<p>Theo báo cáo năm nay của huyện</p>'],
    ['vi "Theo trang chủ"', '<p>Theo trang chủ</p>'],
    ['photo label first', '<p>Source photo: Reuters</p>'],
  ])('%s', (_name, line) => {
    expect(detectSourceLine(page(line)).signals).toEqual([]);
  });
});

test.each([
  // A bare name ABOVE a picture credits the article (captions go below); under it, the picture (robustness harness).
  [
    'name above the lead picture',
    '<p class="source"><strong>Bron: TMZ</strong></p><figure><img src="/a.jpg"></figure>',
    'TMZ',
  ],
])('%s', (_name, line, claim) => {
  expect(detectSourceLine(page(line, 'top')).claims[0]?.value).toBe(claim);
});

test('must not: the same name right under a picture mid-top is its credit', () => {
  expect(
    detectSourceLine(page('<figure><img src="/a.jpg"></figure><p class="source"><strong>Bron: TMZ</strong></p>', 'top'))
      .signals,
  ).toEqual([]);
});

describe('detectSourceLine: a republishing policy is a template, not a claim', () => {
  test.each([
    ['square slots', '<p>When you reuse it: originally published on [Outlet name], under [Headline].</p>'],
    ['brace slot', '<p>Originally published on {site_name}</p>'],
  ])('%s: no signal', (_name, line) => {
    expect(detectSourceLine(page(line)).signals).toEqual([]);
  });

  test('the same line with a real outlet is a claim', () => {
    expect(detectSourceLine(page('<p>Originally published on VnExpress</p>')).signals.length).toBe(1);
  });
});

// Outlets invented for these tests: the shapes a source line takes around its label, read end to end.
describe('detectSourceLine: label shapes and wrappers', () => {
  test.each([
    [
      'emoji before the label',
      '<p>🔗 Source: https://valley-ledger.example/news/4411</p>',
      'https://valley-ledger.example/news/4411',
    ],
    ['a pointing symbol before the label', '<p>▶ Nguồn: Báo Thung Lũng</p>', 'Báo Thung Lũng'],
    ['label alone on its line, name on the next', '<p>Source<br>Valley Ledger</p>', 'Valley Ledger'],
    ['ar, label alone on its line, name on the next', '<p>المصدر<br>صحيفة الوادي</p>', 'صحيفة الوادي'],
    ['dt and dd flattened, label with its colon', '<p>Quelle:<br>Talbote</p>', 'Talbote'],
    [
      'a label closing the last paragraph',
      `<p>${'The council voted on Tuesday to keep the old bridge closed until the repairs are done. '.repeat(2)}Source: Valley Ledger</p>`,
      'Valley Ledger',
    ],
    ['zh, the author field after the name', '<p>2024-03-09 来源：江南晨报 作者：李明</p>', '江南晨报'],
    ['zh, the author named after the name', '<p>2024年03月09日 07:10 来源：江南晨报 李明</p>', '江南晨报'],
    ['zh, the label glued after its noun', '<p>文章转载自：湖畔周刊 作者：王芳</p>', '湖畔周刊'],
    ['zh, another noun and label', '<p>內容來源：山城快報</p>', '山城快報'],
    [
      'zh, glued lead without a colon, a link',
      '<p>本文来源于<a href="https://www.hupan-weekly.example/a/77.html">湖畔周刊</a></p>',
      'https://www.hupan-weekly.example/a/77.html',
    ],
    ['ja, the label glued after its noun', '<p>ニュースソース：みなと日報</p>', 'みなと日報'],
    ['ja, a particle between noun and label', '<p>記事の出典：みなと日報</p>', 'みなと日報'],
    [
      'ja, a descriptor then a quoted title',
      '<p>出典: 無料の事典『ヤマペディア(Yamapedia)』</p>',
      'ヤマペディア(Yamapedia)',
    ],
    ['sr, an outlet and its desk', '<p>Izvor: Dolinske vesti/Sever</p>', 'Dolinske vesti'],
  ])('%s', (_name, line, claim) => {
    expect(detectSourceLine(page(line)).claims[0]?.value).toBe(claim);
  });

  test.each([
    ['a stacked label over a reference list', '<p>Sources<br>1. Quell, M. The Bridges of the Valley. 2019.</p>'],
    [
      'a stacked label over a sentence',
      '<p>Source<br>The figures come from the council and were checked by our desk.</p>',
    ],
    ['a stacked photo label', '<p>Photo source<br>Valley Ledger</p>'],
    ['zh, a glued label before a date', '<p>文章来源于：2024年3月9日</p>'],
    ['zh, a data source', '<p>数据来源：国家统计局</p>'],
    ['ja, a photo credit', '<p>写真提供：みなと日報</p>'],
    ['a caption closed by a label', '<p>The old bridge at dusk. Source: Valley Ledger</p>'],
    [
      'source code closing a paragraph',
      `<p>${'The plugin reads the feed and renders the list of items on the page. '.repeat(2)}Source code: valley.example/repo</p>`,
    ],
  ])('must not: %s', (_name, line) => {
    expect(detectSourceLine(page(line)).claims).toEqual([]);
  });

  test('pathological input stays fast: labels glued after nouns, repeated without end', () => {
    const inputs = [
      `<p>${'文章转载自'.repeat(4000)}：湖畔</p>`,
      `<p>${'本文来源于'.repeat(4000)}</p>`,
      `<p>${'記事の'.repeat(5000)}出典：${'み'.repeat(5000)}</p>`,
      `<p>内容${'来源：'.repeat(5000)}</p>`,
    ];
    const start = Date.now();
    for (const line of inputs) detectSourceLine(page(line));
    expect(Date.now() - start).toBeLessThan(3000);
  });

  test('a page naming its own site in a stacked label is no claim', () => {
    expect(detectSourceLine(page('<p>Source<br>https://copy-site-news24.xyz/other-story/</p>')).claims).toEqual([]);
  });
});

describe('detectSourceLine: "the content is taken from <outlet>" (Scandinavian packs)', () => {
  test.each([
    ['no', '<p>Innholdet i denne saken er hentet fra Fjordavisen.</p>', 'Fjordavisen'],
    ['no, present tense', '<p>Teksten hentes fra Dalebladet sin nettside.</p>', 'Dalebladet'],
    ['da', '<p>Artiklen er hentet fra Vestkysten Nu.</p>', 'Vestkysten Nu'],
    ['sv', '<p>Texten är hämtad från Norrlandsbladet.</p>', 'Norrlandsbladet'],
  ])('%s', (_name, line, claim) => {
    expect(detectSourceLine(page(line)).claims[0]?.value).toBe(claim);
  });

  test.each([
    ['no, figures from a bureau', '<p>Tallene er hentet fra Statistisk sentralbyrå.</p>'],
    ['no, a picture', '<p>Bildet er hentet fra Fjordavisen.</p>'],
    ['da, a date', '<p>Artiklen er hentet fra 12. marts 2021.</p>'],
    ['sv, figures', '<p>Siffrorna är hämtade från Statistiska centralbyrån.</p>'],
  ])('must not: %s', (_name, line) => {
    expect(detectSourceLine(page(line)).claims).toEqual([]);
  });
});
