import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectFeedFooter } from './detectFeedFooter.ts';

const URL = 'https://storyroundup-example.top/how-to/';
const ORIGINAL = 'https://www.ehow.com/how_2042752_build-terrarium.html';

function run(line: string): ReturnType<typeof detectFeedFooter> {
  const html = `<html><head><title>How to Build a Terrarium – Copy Site</title></head><body><article><h1>T</h1><div class="entry-content"><p>Body text of the copied article, long enough to be the main text.</p>${line}</div></article></body></html>`;
  return detectFeedFooter(readPage(parseHTML(html).document as unknown as Document, URL));
}
const t = `<a href="${ORIGINAL}" rel="nofollow">How to Build a Terrarium</a>`;
const s = '<a href="https://www.ehow.com/" rel="nofollow">eHow</a>';

test.each([
  ['en', `<p class="feed-footer">The post ${t} appeared first on ${s}.</p>`],
  ['fr', `<p>L’article ${t} est apparu en premier sur ${s}.</p>`],
  ['es', `<p>La entrada ${t} se publicó primero en ${s}.</p>`],
  ['de', `<p>Der Beitrag ${t} erschien zuerst auf ${s}.</p>`],
  ['pt', `<p>O post ${t} apareceu primeiro em ${s}.</p>`],
  ['it', `<p>L'articolo ${t} sembra essere il primo su ${s}.</p>`],
  ['nl', `<p>Het bericht ${t} verscheen eerst op ${s}.</p>`],
  ['vi', `<p>Bài viết ${t} xuất hiện đầu tiên tại ${s}.</p>`],
  ['id', `<p>Pos ${t} muncul pertama kali pada ${s}.</p>`],
  ['ru', `<p>Сообщение ${t} появились сначала на ${s}.</p>`],
  ['pl', `<p>Artykuł ${t} pochodzi z serwisu ${s}.</p>`],
  ['ja', `<p>投稿 ${t} は ${s} に最初に表示されました。</p>`],
  ['zh', `<p>${t} 最先出现在 ${s}。</p>`],
  ['any language, by its shape', `<p>Il post ${t} è comparso prima su ${s}.</p>`],
])('%s: claim is the title link', (_lang, line) => {
  const r = run(line);
  expect(r.signals.map((x) => x.kind)).toEqual(['feed-footer']);
  expect(r.claims[0]?.value).toBe(ORIGINAL);
});

test.each([
  [
    'ordinary "first" sentence',
    '<p>They were the first ones to market the halibut, said the head of the association.</p>',
  ],
  ['related posts', `<p>Related: ${t}</p>`],
  [
    'blog pager',
    '<div class="blog-pager"><a href="https://other-blog.example.com/2015/10/key.html">Older Post</a> <a href="https://other-blog.example.com/">Home</a></div>',
  ],
  [
    'promo line with two links',
    '<p>Would you like to be part of the team? Join our <a href="https://fandom.example.com/fan-contributor">Fan Contributor Program</a> and share your voice on <a href="https://fandom.example.com/">Fandom.com</a>!</p>',
  ],
])('%s stays quiet', (_name, line) => {
  expect(run(line).signals).toEqual([]);
});

// A text capture or a link-stripping scraper keeps the footer's words only: the outlet they name is the claim.
test.each([
  ['en', '<p>The post Tidal power plant approved appeared first on Harbour Gazette.</p>', 'Harbour Gazette'],
  ['nl, a host', '<p>Het bericht Nieuwe dijk klaar verscheen eerst op dijkkrant.example.</p>', 'dijkkrant.example'],
])('%s: without links the footer names its outlet', (_lang, line, value) => {
  const r = run(line);
  expect(r.signals.map((x) => x.kind)).toEqual(['feed-footer']);
  expect(r.claims[0]?.value).toBe(value);
  expect(r.signals[0]?.quote).toContain(value);
});

test('a footer naming the page itself is no claim once the scan compares it with the page', async () => {
  const { scanPage } = await import('./scanPage.ts');
  const html = `<html><head><title>Tide tables – Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette"></head><body><article><h1>Tide tables</h1><div class="entry-content"><p>Body text of the article, long enough to be the main text of the page, with more words.</p><p>The post Tide tables appeared first on Harbour Gazette.</p></div></article></body></html>`;
  const scan = scanPage(parseHTML(html).document as unknown as Document, 'https://harbourgazette.example/tides');
  expect(scan.claims.map((c) => c.value)).not.toContain('Harbour Gazette');
});
