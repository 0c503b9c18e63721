import { describe, expect, test } from 'vitest';
import { MAX_FEED_ITEMS, parseFeed } from './parseFeed.ts';

const RSS = `\ufeff<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Báo Ví Dụ</title><link>https://bao.example/</link>
<image><title>logo</title><url>https://bao.example/logo.png</url></image>
<item>
<title>Tiếp tục thực hiện Quy chế dân chủ &amp; dân vận</title>
<link>https://bao.example/tiep-tuc-a359678.html</link>
<dc:creator><![CDATA[Mỹ Linh, Trọng Tín]]></dc:creator>
<pubDate>Fri, 07 Apr 2023 08:14:00 +0000</pubDate>
<media:content url="https://cdn.bao.example/a.jpg" medium="image" />
<description><![CDATA[<p>Lead <img src="https://img.cdn.example/b.jpg"> text</p>]]></description>
</item>
<item><title><![CDATA[Second <b>one</b>]]></title><guid isPermaLink="true">https://bao.example/second.html</guid></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">The Example</title>
<link rel="self" href="https://news.example/feed.xml"/>
<entry><title>Seven secrets that hotel owners don't want you to know</title>
<link rel="edit" href="https://news.example/edit/1"/>
<link rel="alternate" type="text/html" href="/news/seven-secrets-10506160.html"/>
<id>tag:news.example,2015:1</id><updated>2015-08-06T09:00:00Z</updated>
<author><name>Hazel Sheffield</name></author>
<summary type="html">&lt;p&gt;Most people &lt;img src=&quot;https://static.news.example/x.jpg&quot;&gt;&lt;/p&gt;</summary>
</entry></feed>`;

describe('parseFeed', () => {
  test('RSS 2.0: titles with entities, links, dc:creator in CDATA, images from media:content and the description', () => {
    const feed = parseFeed(RSS, 'https://bao.example/rss');
    expect(feed.title).toBe('Báo Ví Dụ');
    expect(feed.items).toEqual([
      {
        title: 'Tiếp tục thực hiện Quy chế dân chủ & dân vận',
        link: 'https://bao.example/tiep-tuc-a359678.html',
        author: 'Mỹ Linh, Trọng Tín',
        published: 'Fri, 07 Apr 2023 08:14:00 +0000',
        images: ['https://cdn.bao.example/a.jpg', 'https://img.cdn.example/b.jpg'],
      },
      { title: 'Second one', link: 'https://bao.example/second.html', author: null, published: null, images: [] },
    ]);
  });

  test('Atom: rel=alternate link resolved against the feed, author name, escaped HTML summary', () => {
    const feed = parseFeed(ATOM, 'https://news.example/feed.xml');
    expect(feed.title).toBe('The Example');
    expect(feed.items).toEqual([
      {
        title: "Seven secrets that hotel owners don't want you to know",
        link: 'https://news.example/news/seven-secrets-10506160.html',
        author: 'Hazel Sheffield',
        published: '2015-08-06T09:00:00Z',
        images: ['https://static.news.example/x.jpg'],
      },
    ]);
  });

  test('RSS 1.0 (RDF) items', () => {
    const feed = parseFeed(
      '<rdf:RDF><channel><title>T</title></channel><item rdf:about="x"><title>One</title><link>https://a.example/1</link><dc:date>2020-01-01</dc:date></item></rdf:RDF>',
    );
    expect(feed.items).toEqual([
      { title: 'One', link: 'https://a.example/1', author: null, published: '2020-01-01', images: [] },
    ]);
  });

  test.each([
    [
      'unclosed item and title',
      '<rss><channel><item><title>First<item><title>Second</title><link>https://a.example/2</link>',
      ['First', 'Second'],
    ],
    [
      'unknown entity and stray ampersand',
      '<rss><item><title>Q&A &bogus; R&amp;D</title></item></rss>',
      ['Q&A &bogus; R&D'],
    ],
    [
      'numeric entities',
      '<rss><item><title>&#8220;Quoted&#x201D; &#0; end</title></item></rss>',
      ['“Quoted” &#0; end'],
    ],
    ['unclosed CDATA', '<rss><item><title><![CDATA[Never ends', ['Never ends']],
    ['upper-case tags', '<RSS><ITEM><TITLE>Loud</TITLE><LINK>https://a.example/l</LINK></ITEM></RSS>', ['Loud']],
  ])('tolerates %s', (_name, text, titles) => {
    expect(parseFeed(text).items.map((i) => i.title)).toEqual(titles);
  });

  test.each([
    ['javascript link', '<rss><item><title>T</title><link>javascript:alert(1)</link></item></rss>', null],
    ['relative link without a base', '<rss><item><title>T</title><link>/x</link></item></rss>', null],
    ['non-URL guid', '<rss><item><title>T</title><guid>12345</guid></item></rss>', null],
  ])('no link from a %s', (_name, text, link) => {
    expect(parseFeed(text).items[0]?.link).toBe(link);
  });

  test.each([
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>Home</title></head><body><article><h2>News</h2><a href="/x">x</a></article></body></html>',
    ],
    ['plain text', 'Not Found'],
    ['binary-looking garbage', '\u0000\u0001<<<>>>&&&;;'],
  ])('no items from %s', (_name, text) => {
    expect(parseFeed(text).items).toEqual([]);
  });

  test('caps items and stays fast on a huge feed', () => {
    const text =
      '<rss><channel>' +
      '<item><title>Same title here</title><link>https://a.example/x</link></item>'.repeat(50_000) +
      '</channel></rss>';
    const t0 = performance.now();
    expect(parseFeed(text).items).toHaveLength(MAX_FEED_ITEMS);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  test.each([
    ['runs of stray "<"', '<rss><item><title>' + '< '.repeat(500_000) + '</title></item></rss>'],
    ['runs of unclosed tags', '<rss><item><title>' + '<a'.repeat(500_000) + '>'],
    ['a giant tag', '<rss><item ' + 'x'.repeat(1_000_000) + '><title>T</title></item></rss>'],
  ])('linear on %s', (_name, text) => {
    const t0 = performance.now();
    parseFeed(text);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
