import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectSourceLine } from './detectSourceLine.ts';

const URL = 'https://copy-site-news24.xyz/some-story/';
const P = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';

/** A theme page with the line at the end (or top) of the article body. */
function page(line: string, where: 'end' | 'top' | 'middle' = 'end'): ReturnType<typeof readPage> {
  const body = where === 'top' ? line + P + P + P + P : where === 'middle' ? P + P + line + P + P + P : P + P + P + P + line;
  const html = `<html><head><title>T</title></head><body><header class="site-header"><p>Copy Site</p></header><article><h1>Title</h1><div class="entry-content">${body}</div></article><footer id="colophon"><p>© 2024</p></footer></body></html>`;
  return readPage(parseHTML(html).document as unknown as Document, URL);
}

describe('detectSourceLine: credits naming the source', () => {
  test.each([
    ['vi URL text, trailing dot', '<p>Nguồn thông tin : https://baoangiang.com.vn/tiep-tuc-a359678.html.</p>', 'https://baoangiang.com.vn/tiep-tuc-a359678.html'],
    ['vi Theo + name', '<p>Theo Báo An Giang</p>', 'Báo An Giang'],
    ['vi URL text with a long percent-encoded slug', '<p>Nguồn: https://www.xihu-ribao.cn/news/2024-03/12/%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96.html.</p>', 'https://www.xihu-ribao.cn/news/2024-03/12/%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96%E8%A5%BF%E6%B9%96.html'],
    ['vi Theo + name, strong, trailing dot', '<p class="source"><strong>Theo WP Tavern.</strong></p>', 'WP Tavern'],
    ['vi aggregator link', '<p class="nr-readmore">Xem chi tiết tại <a href="https://www.theverge.com/2375/apple-vision">The Verge</a></p>', 'https://www.theverge.com/2375/apple-vision'],
    ['vi Xem thêm tại', '<p>Xem thêm tại: <a href="https://vnexpress.net/abc-123.html">VnExpress</a></p>', 'https://vnexpress.net/abc-123.html'],
    ['en Source: URL in strong', '<p class="source"><strong>Source: https://lwn.net/Articles/637397/</strong></p>', 'https://lwn.net/Articles/637397/'],
    ['en Source: linked URL with trailing dot', '<p><em>Source: <a href="https://www.iab.com/news/lean">https://www.iab.com/news/lean</a>.</em></p>', 'https://www.iab.com/news/lean'],
    ['en Credit: name, right-aligned', '<p style="text-align: right;">Credit: Medium</p>', 'Medium'],
    ['en Read more at', '<p class="read-more">Read more at <a href="https://www.atlasobscura.com/articles/tarot">Atlas Obscura</a></p>', 'https://www.atlasobscura.com/articles/tarot'],
    ['en originally published by (syndication)', '<p><em>This story was originally published by <a href="https://v8.dev/blog/wasm">V8</a> and is republished here with permission.</em></p>', 'https://v8.dev/blog/wasm'],
    ['en originally appeared on', '<p><em>This article originally appeared on <a href="https://www.theatlantic.com/a/588184/">The Atlantic</a>.</em></p>', 'https://www.theatlantic.com/a/588184/'],
    ['en Read the full story at', '<p>Read the full story at <a href="https://example-news.com/2020/story">Example News</a></p>', 'https://example-news.com/2020/story'],
    ['es Fuente: URL right', '<p style="text-align: right;">Fuente: https://www.webmd.com/news/superbugs</p>', 'https://www.webmd.com/news/superbugs'],
    ['es Leer más en', '<p>Leer más en <a href="https://elpais.com/sociedad/2020/nota.html">El País</a></p>', 'https://elpais.com/sociedad/2020/nota.html'],
    ['es publicado originalmente', '<p><em>Este artículo fue publicado originalmente en <a href="https://www.cnet.com/es/noticias/x/">CNET en Español</a>.</em></p>', 'https://www.cnet.com/es/noticias/x/'],
    ['fr Source : URL', '<p>Source : https://next.liberation.fr/culture/2017/11/24/vape_1612047</p>', 'https://next.liberation.fr/culture/2017/11/24/vape_1612047'],
    ['fr Lire la suite sur', '<p class="read-more">Lire la suite sur <a href="https://www.lemonde.fr/pixels/article/x.html">Le Monde</a></p>', 'https://www.lemonde.fr/pixels/article/x.html'],
    ['fr initialement publié', '<p><em>Cet article a été initialement publié par <a href="https://www.theguardian.com/env/whales">The Guardian</a>.</em></p>', 'https://www.theguardian.com/env/whales'],
    ['de Quelle: link in div', '<div class="source">Quelle: <a href="https://www.heise.de/meldung/x-2596987.html">heise online</a></div>', 'https://www.heise.de/meldung/x-2596987.html'],
    ['de Weiterlesen bei', '<p>Weiterlesen bei <a href="https://www.spiegel.de/politik/a-123.html">Spiegel</a></p>', 'https://www.spiegel.de/politik/a-123.html'],
    ['pt Fonte: link', '<p>Fonte: <a href="https://mcupdate.tumblr.com/post/96439224994/x">Minecraft Update News</a></p>', 'https://mcupdate.tumblr.com/post/96439224994/x'],
    ['pt Leia mais em', '<p>Leia mais em <a href="https://g1.globo.com/economia/noticia/x.ghtml">G1</a></p>', 'https://g1.globo.com/economia/noticia/x.ghtml'],
    ['it Fonte: URL in div', '<div class="source">Fonte: https://www.aclu.org/blog/privacy/facebook-tracking</div>', 'https://www.aclu.org/blog/privacy/facebook-tracking'],
    ['nl Bron: name on top', '<p class="source"><strong>Bron: TMZ</strong></p>', 'TMZ', 'top'],
    ['pl Źródło: name', '<p class="source"><strong>Źródło: The New York Times</strong></p>', 'The New York Times'],
    ['cs Zdroj: name with dot', '<p>Zdroj: Aktuálně.cz</p>', 'Aktuálně.cz'],
    ['tr Kaynak: URL on top', '<p>Kaynak: https://www.liberation.fr/monde/2015/04/30/nepal_1278483</p>', 'https://www.liberation.fr/monde/2015/04/30/nepal_1278483', 'top'],
    ['id Sumber: link', '<div class="source">Sumber: <a href="https://www.quantamagazine.org/hidden-heroines/">Quanta Magazine</a></div>', 'https://www.quantamagazine.org/hidden-heroines/'],
    ['id Baca selengkapnya di', '<p>Baca selengkapnya di <a href="https://www.kompas.com/read/2020/x">Kompas.com</a></p>', 'https://www.kompas.com/read/2020/x'],
    ['ru Источник: link right', '<p style="text-align: right;">Источник: <a href="https://www.telegraph.co.uk/news/2017/11/16/mugabe/">The Telegraph</a></p>', 'https://www.telegraph.co.uk/news/2017/11/16/mugabe/'],
    ['ar المصدر: URL', '<p class="source"><strong>المصدر: https://www.washingtonpost.com/business/economy/x_story.html</strong></p>', 'https://www.washingtonpost.com/business/economy/x_story.html'],
    ['zh 来源：URL full-width colon', '<p class="source"><strong>来源：https://stevenhgm.pixnet.net/blog/post/39926056</strong></p>', 'https://stevenhgm.pixnet.net/blog/post/39926056', 'top'],
    ['zh 來源 traditional', '<p>來源：<a href="https://www.cna.com.tw/news/123.aspx">中央社</a></p>', 'https://www.cna.com.tw/news/123.aspx'],
    ['zh 转载自 without colon', '<p>转载自<a href="https://www.36kr.com/p/123">36氪</a></p>', 'https://www.36kr.com/p/123'],
    ['zh date then label on a meta line', '<div class="info">2017-03-10 09:58　来源：<a href="http://tech.163.com/17/0228/x.html">网易科学人</a></div>', 'http://tech.163.com/17/0228/x.html', 'top'],
    ['ja 出典：URL', '<p style="text-align: right;">出典：https://fandom.wikia.com/articles/star-wars</p>', 'https://fandom.wikia.com/articles/star-wars'],
    ['ja 引用元', '<p>引用元：<a href="https://www.asahi.com/articles/ASP123.html">朝日新聞</a></p>', 'https://www.asahi.com/articles/ASP123.html'],
    ['ko 출처: URL in em, top', '<p class="source"><em>출처: https://ebb.org/bkuhn/blog/2019/10/15/events.html</em></p>', 'https://ebb.org/bkuhn/blog/2019/10/15/events.html', 'top'],
    ['th ที่มา', '<p>ที่มา: <a href="https://www.thairath.co.th/news/123">ไทยรัฐ</a></p>', 'https://www.thairath.co.th/news/123'],
    ['hi स्रोत', '<p>स्रोत: <a href="https://www.bhaskar.com/national/news/x-123.html">दैनिक भास्कर</a></p>', 'https://www.bhaskar.com/national/news/x-123.html'],
    ['sv Källa', '<p>Källa: <a href="https://www.dn.se/nyheter/x/">DN</a></p>', 'https://www.dn.se/nyheter/x/'],
    ['en bare host name', '<p>Source: vnexpress.net</p>', 'vnexpress.net'],
    ['vi bracketed Theo at the end', '<p><em>(Theo VnExpress)</em></p>', 'VnExpress'],
    ['theme badge run into the link', '<div class="td-post-source-tags"><span class="td-source-title">SOURCE</span><a rel="nofollow" href="https://vnexpress.net/abc-4567.html">VnExpress</a></div>', 'https://vnexpress.net/abc-4567.html'],
    ['en first appeared on', '<p><em>This article first appeared on <a href="https://www.propublica.org/article/x">ProPublica</a>.</em></p>', 'https://www.propublica.org/article/x'],
    ['own-site redirect to the source', '<p class="read-more">Read more at <a href="https://copy-site-news24.xyz/go/?url=https%3A%2F%2Fwww.bbc.com%2Fnews%2Fworld-1">BBC News</a></p>', 'https://www.bbc.com/news/world-1'],
    ['en Translated from', '<p>Translated from <a href="https://www.lemonde.fr/a/b.html">Le Monde</a></p>', 'https://www.lemonde.fr/a/b.html'],
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
    ['chart source under a figure', '<figure><img src="/c.png"></figure><p class="chart-source"><em>Source: Some Research Group</em></p>'],
    ['name right after a chart image', '<figure class="data-chart"><img src="/c.png"><figcaption>Rent by city</figcaption></figure><p><em>Source: Acme Analytics</em></p>'],
    ['photo credit in figcaption', '<figure><img src="/p.jpg"><figcaption>Photo: Reuters</figcaption></figure>'],
    ['vi photo credit in figcaption', '<figure><img src="/p.jpg"><figcaption>Ảnh: TTXVN</figcaption></figure>'],
    ['vi photo source label', '<p>Nguồn ảnh: Internet</p>'],
    ['zh picture source label', '<p>图片来源：视觉中国</p>'],
    ['table source row', '<table><tr><td>1</td></tr><tr><td>Source: OECD</td></tr></table>'],
    ['vi "Theo" starting a sentence', '<p>Theo báo cáo, toàn huyện có hơn 248 hộ dân được hỗ trợ trong năm qua.</p>'],
    ['vi "Theo" + official in a sentence', '<p>Theo Bộ Y tế, số ca mắc mới trong ngày tiếp tục giảm mạnh so với tuần trước đó ở nhiều tỉnh thành phía Nam.</p>'],
    ['vi "Theo" + agency opening a short sentence', '<p>Theo AFP, ông Biden nói vậy.</p>', 'top'],
    ['outgoing reprint note', '<p><em>This article was reprinted on </em><a href="https://www.wired.com/story/x/"><em>Wired.com</em></a><em>.</em></p>'],
    ['paragraph about a first edition', '<p><em>Originally published at <a href="http://www.example-blog.com/2011/11/x/">www.example-blog.com</a> on November 18, 2011. Sadly this solo post did not stop the abuse of the word. Help the word out.</em></p>'],
    ['bracketed image credit under a picture', '<div class="img-wrap"><img src="/a.jpg"></div><p><em>(Source: Havoc-DM)</em></p>'],
    ['own-site link', '<p>Source: <a href="https://copy-site-news24.xyz/tag/bbc/">our archive</a></p>', 'middle'],
    ['hidden source line', '<p style="display:none">Nguồn: https://vnexpress.net/abc-123.html</p>'],
    ['"Posted in" category line', '<p>Publicado em <a href="https://copy-site-news24.xyz/category/economia/">Economia</a></p>'],
    ['a label word run into an ordinary sentence', '<p>Sources close to the minister said on <a href="https://other.example.com/a">Monday</a> that talks had stalled.</p>'],
  ] as [string, string, ('end' | 'middle' | 'top')?][])('%s', (_name, line, where = 'end') => {
    expect(detectSourceLine(page(line, where)).signals).toEqual([]);
  });
});
