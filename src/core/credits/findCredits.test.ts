import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../text/extractArticle.ts';
import { findCredits } from './findCredits.ts';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const filler = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Đoạn ${i}: Thường trực Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh An Giang tổ chức Hội nghị tổng kết, đánh giá kết quả việc thực hiện trong năm qua.</p>`,
  ).join('');
const enFiller = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: the council met on Tuesday to discuss the budget, and members said that the schools would receive more money next year.</p>`,
  ).join('');

function credits(html: string, url = 'https://news.example/a.html') {
  const doc = parse(html);
  return findCredits(doc, extractArticle(doc, url), url);
}

describe('findCredits', () => {
  test('a trailing all-caps credit line, photo captions with "Ảnh:"', () => {
    const html = `<html lang="vi"><head><title>Tiêu đề</title></head><body><article><h1>Tiêu đề</h1>${filler(4)}
      <figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị (Ảnh: Thanh Tùng)</figcaption></figure>
      <figure><img src="b.jpg"><figcaption>Lúa đông xuân. Ảnh: TTXVN</figcaption></figure>
      ${filler(2)}<p>MỸ LINH – TRỌNG TÍN</p></article></body></html>`;
    expect(credits(html)).toEqual({
      authors: ['Mỹ Linh', 'Trọng Tín'],
      photographers: ['Thanh Tùng'],
      agency: 'TTXVN',
    });
  });

  test('JSON-LD authors, organisations kept out', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: [
        { '@type': 'Person', name: 'Aleš Vávra' },
        { '@type': 'Organization', name: 'Reuters' },
      ],
      publisher: { '@type': 'Organization', name: 'Aktuálně.cz' },
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${enFiller(5)}</article></body></html>`;
    expect(credits(html)).toMatchObject({ authors: ['Aleš Vávra'], agency: 'Reuters' });
  });

  test('meta author with a URL in brackets; profile URLs and Twitter handles ignored', () => {
    const html = `<html><head><meta name="author" content="Bradley M. Kuhn (http://ebb.org/bkuhn/)"><meta property="article:author" content="https://www.facebook.com/someone"><meta name="twitter:creator" content="@someone"></head><body><article>${enFiller(5)}</article></body></html>`;
    expect(credits(html).authors).toEqual(['Bradley M. Kuhn']);
  });

  test('a byline element with a date and a desk', () => {
    const html = `<html><head></head><body><article><div class="byline">By Kelli  Miller
      WebMD Health News</div>${enFiller(5)}</article></body></html>`;
    expect(credits(html).authors).toEqual(['Kelli Miller']);
  });

  test('a dateline gives the agency; "Photo: AP" is an agency, not a photographer', () => {
    const html = `<html><head></head><body><article><p>WASHINGTON (AP) — The council met on Tuesday to discuss the budget, and members said the schools would receive more money.</p>${enFiller(4)}
      <figure><img src="c.jpg"><figcaption>Photo: AP</figcaption></figure></article></body></html>`;
    expect(credits(html)).toMatchObject({ authors: [], photographers: [], agency: 'AP' });
  });

  test.each([
    ['an organisation byline', '<meta name="author" content="BBC News">'],
    ['a desk', '<meta name="author" content="Our Foreign Staff">'],
    ['the poster of a WordPress copy', '<meta name="author" content="admin">'],
    [
      'the publisher declared in JSON-LD',
      `<meta name="author" content="Le Monde"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Le Monde' } })}</script>`,
    ],
  ])('no author from %s', (_, head) => {
    const html = `<html><head>${head}</head><body><article>${enFiller(5)}</article></body></html>`;
    expect(credits(html).authors).toEqual([]);
  });

  test('a spam footer or a related-posts heading in capitals is not a credit line', () => {
    const html = `<html><head></head><body><article>${enFiller(5)}<p>YOU MAY ALSO LIKE</p><p>FREE WORDPRESS THEMES, FREE ANDROID GAMES</p></article></body></html>`;
    expect(credits(html).authors).toEqual([]);
  });

  test('a Korean byline with its role suffix', () => {
    const html = `<html lang="ko"><head><meta name="author" content="홍길동 기자"></head><body><article>${enFiller(5)}</article></body></html>`;
    expect(credits(html).authors).toEqual(['홍길동']);
  });
});
