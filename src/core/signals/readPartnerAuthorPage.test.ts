import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { readPartnerAuthorPage } from './readPartnerAuthorPage.ts';
import { readLeakedPublishers } from './readLeakedPublisher.ts';

const read = (body: string, url: string) =>
  readPage(
    parseHTML(`<html><body><main><h1>Page</h1>${body}</main></body></html>`).document as unknown as Document,
    url,
  );

// Descriptions written for these tests in the shape partners describe themselves, not copied from a page.
describe('readPartnerAuthorPage: a partner outlet filed as an author', () => {
  test.each([
    [
      'nonprofit newsroom, slug with an id',
      'https://portal.example/authors/88-harbour-policy-review',
      '<p>Harbour Policy Review is a nonprofit news organisation that explains research to the public.</p>',
      'Harbour Policy Review',
    ],
    [
      'agency, apposition',
      'https://tv.example/en/author/nordic-wire-service',
      '<p>Nordic Wire Service, an independent news agency, covers the region in five languages.</p>',
      'Nordic Wire Service',
    ],
  ])('%s', (_label, url, body, want) => {
    expect(readPartnerAuthorPage(read(body, url))?.claim.value).toBe(want);
  });

  test.each([
    [
      "a journalist's page",
      'https://paper.example/author/maria-lopez',
      '<p>Maria Lopez is a reporter at the Valley Ledger, a nonprofit news organisation.</p>',
    ],
    [
      'the name does not spell the slug',
      'https://portal.example/author/harbour-review',
      '<p>Ocean Desk is a nonprofit news organisation.</p>',
    ],
    [
      'not an author address',
      'https://portal.example/about/harbour-policy-review',
      '<p>Harbour Policy Review is a nonprofit news organisation.</p>',
    ],
    [
      'no organisation said',
      'https://portal.example/author/harbour-policy-review',
      '<p>Harbour Policy Review writes about ports and ships.</p>',
    ],
  ])('no claim: %s', (_label, url, body) => {
    expect(readPartnerAuthorPage(read(body, url))).toBeNull();
  });
});

describe("readLeakedPublishers: the original's structured data left in the text", () => {
  const json = (q: [string, string], name: string, url: string) =>
    `${q[0]}@type${q[1]}: ${q[0]}NewsMediaOrganization${q[1]}, ${q[0]}name${q[1]}: ${q[0]}${name}${q[1]}, ${q[0]}url${q[1]}: ${q[0]}${url}${q[1]}`;

  test('typographic quotes, the name said in the text: the address is the claim', () => {
    const page = read(
      `<p>Follow the count live in this report by Diario Central.</p><p>:{${json(['«', '»'], 'Diario Central Norte', 'https://diariocentral.example/')}}</p>`,
      'https://copy.example/live',
    );
    expect(readLeakedPublishers(page).map((f) => f.claim.value)).toEqual(['https://diariocentral.example/']);
  });

  test('a tutorial about structured data names no outlet it also writes about', () => {
    const page = read(
      `<p>Add this block to your theme.</p><p>{${json(['"', '"'], 'Example Widgets Ltd', 'https://widgets.example/')}}</p>`,
      'https://seo-guide.example/schema',
    );
    expect(readLeakedPublishers(page)).toEqual([]);
  });

  test('pathological input stays fast: types without fields, quotes and escapes repeated', () => {
    const inputs = [
      '"@type": "Organization", '.repeat(2000),
      `${'«@type»: «Organization» «name»: «'.repeat(1000)}x`,
      `${'"url": "https://'.repeat(2000)}`,
      `@type ${'\\u00fa'.repeat(5000)}`,
    ];
    const started = performance.now();
    for (const t of inputs) {
      readLeakedPublishers(read(`<p>${t}</p><p>${t.slice(0, 4000)}</p>`, 'https://x.example/a'));
      readPartnerAuthorPage(read(`<p>${t}</p>`, `https://x.example/author/${'a-'.repeat(3000)}`));
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
