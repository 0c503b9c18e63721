import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectSyndicationMeta } from './detectSyndicationMeta.ts';

const URL = 'https://partner-outlet-example.com/news/2019/x/';
function run(head: string): ReturnType<typeof detectSyndicationMeta> {
  const html = `<html><head><meta property="og:site_name" content="Partner Outlet">${head}</head><body><p>x</p></body></html>`;
  return detectSyndicationMeta(readPage(parseHTML(html).document as unknown as Document, URL));
}
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

test.each([
  [
    'original-source',
    '<meta name="original-source" content="https://www.cnet.com/es/noticias/x/">',
    'https://www.cnet.com/es/noticias/x/',
  ],
  [
    'syndication-source',
    '<meta name="syndication-source" content="https://v8.dev/blog/wasm">',
    'https://v8.dev/blog/wasm',
  ],
  [
    'JSON-LD isBasedOn string',
    ld({ '@type': 'NewsArticle', isBasedOn: 'https://www.webmd.com/news/superbugs' }),
    'https://www.webmd.com/news/superbugs',
  ],
  [
    'JSON-LD isBasedOn object in @graph',
    ld({
      '@graph': [
        { '@type': 'NewsArticle', isBasedOn: { '@type': 'CreativeWork', url: 'https://medium.com/b/drug-lab' } },
      ],
    }),
    'https://medium.com/b/drug-lab',
  ],
  [
    'JSON-LD isBasedOnUrl',
    ld({ '@type': 'Article', isBasedOnUrl: 'https://example-times.com/a/1' }),
    'https://example-times.com/a/1',
  ],
  [
    'JSON-LD sourceOrganization name',
    ld({ '@type': 'NewsArticle', sourceOrganization: { '@type': 'Organization', name: 'Reuters' } }),
    'Reuters',
  ],
])('%s fires', (_name, head, claim) => {
  const r = run(head);
  expect(r.signals.map((s) => s.kind)).toEqual(['syndication-meta']);
  expect(r.claims[0]?.value).toBe(claim);
});

test.each([
  [
    'own publisher as sourceOrganization',
    ld({ '@type': 'NewsArticle', sourceOrganization: { name: 'Partner Outlet' } }),
  ],
  [
    'original-source on the same site',
    '<meta name="original-source" content="https://partner-outlet-example.com/news/x/">',
  ],
  ['malformed JSON-LD', '<script type="application/ld+json">{"isBasedOn": "https://x.com/a",}</script>'],
  ['nothing', '<title>x</title>'],
])('%s stays quiet', (_name, head) => {
  expect(run(head).signals).toEqual([]);
});
