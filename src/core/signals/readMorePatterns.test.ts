import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { LANGUAGE_PACKS } from '../data/lang/languagePacks.ts';
import { readPage } from '../page/readPage.ts';
import { findReadMore } from './findReadMore.ts';

const OUTLET = 'Zeta Ledger';

/** One wording of a family: the first (or, with `last`, the last non-empty) choice of each group, the outlet put in. */
function wording(phrase: string, last: boolean): string {
  return phrase
    .replace(/\{([^{}]*)\}/gu, (_, inner: string) => {
      const options = inner.split('|').filter((o) => o.trim());
      return (last ? options[options.length - 1] : options[0]) ?? '';
    })
    .replace('@', OUTLET)
    .replace(/\s+/gu, ' ')
    .trim();
}

function claimsOf(line: string): string[] {
  const html = `<html><body><article><h1>T</h1><p>Excerpt paragraph of the story, long enough to be running text for the test here.</p><p>${line}</p></article></body></html>`;
  return findReadMore(readPage(parseHTML(html).document as unknown as Document, 'https://aggregator.example/x')).map(
    (f) => f.claim.value,
  );
}

describe('read-more families in the language packs', () => {
  test('at least 25 languages write read-more lines naming the outlet', () => {
    const withOutlet = LANGUAGE_PACKS.filter((p) => p.readMoreLines.some((l) => l.includes('@')));
    expect(withOutlet.length).toBeGreaterThanOrEqual(25);
  });

  const rows = LANGUAGE_PACKS.flatMap((p) =>
    p.readMoreLines
      .filter((l) => l.includes('@'))
      .flatMap((l) => [wording(l, false), wording(l, true)].map((w) => [p.code, w] as const)),
  );
  test.each(rows)('%s: "%s" names the outlet', (_code, line) => {
    expect(claimsOf(line)).toEqual([OUTLET]);
  });

  test.each(LANGUAGE_PACKS.map((p) => [p.code, p.readMoreLines.filter((l) => !l.includes('@'))] as const))(
    '%s: a bare read-more phrase claims only when it links to another site',
    (_code, bare) => {
      for (const phrase of bare) {
        const text = wording(phrase, false);
        expect(claimsOf(text), text).toEqual([]);
        expect(claimsOf(`<a href="https://zeta-ledger.example/story">${text}</a>`), text).toEqual([
          'https://zeta-ledger.example/story',
        ]);
      }
    },
  );
});
