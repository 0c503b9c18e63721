import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { readPartnerAuthorPage } from './readPartnerAuthorPage.ts';

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
