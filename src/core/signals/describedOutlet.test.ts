import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { describedOutlet } from './describedOutlet.ts';
import { readLeadCredits } from './readLeadCredit.ts';

// Outlets named for these tests, unknown to the publisher directory; the descriptors are the packs' nouns.
describe('describedOutlet: a noun saying "outlet" right before the name', () => {
  test.each([
    ['en, after the verb', 'the weekly Marsh Lantern.', 'after', 'Marsh Lantern'],
    ['uk, an adjective before the noun', 'польське видання Дзвіниця, передає агентство.', 'after', 'Дзвіниця'],
    ['sr, one word', 'list Vidikovac.', 'after', 'Vidikovac'],
    ['fr, quoted, before the verb', 'Le journal "Brisant"', 'before', 'Brisant'],
    ['it, before the verb', 'Secondo fonti locali il settimanale Valletta', 'before', 'Valletta'],
    ['pl, before the verb', 'Według mieszkańców tygodnik Zatoczka', 'before', 'Zatoczka'],
    ['it, another article before the noun', 'sul quotidiano Valletta.', 'after', 'Valletta'],
    ['fr, an elided article', "de l'hebdomadaire Brisant.", 'after', 'Brisant'],
  ] as const)('%s', (_label, slot, side, want) => {
    expect(describedOutlet(slot, side)?.value).toBe(want);
  });

  test.each([
    ['an article only is no noun', 'the Marsh Lantern.', 'after'],
    ['a lower-case word after the noun', 'the weekly said that prices rose.', 'after'],
    ['a capitalised word before the noun is a name, not an adjective', 'Marsh weekly Lantern.', 'after'],
    ['no noun before the name', 'minister Dalen', 'before'],
    ['the noun inside a word', 'Sonderliste Vidikovac', 'before'],
  ] as const)('none: %s', (_label, slot, side) => {
    expect(describedOutlet(slot, side)).toBeNull();
  });

  test('pathological input stays fast: runs of nouns, adjectives, quotes and capitals', () => {
    const inputs = [
      'the weekly '.repeat(5000),
      `${'видання '.repeat(3000)}Дзвіниця`,
      `${'Le journal "'.repeat(3000)}`,
      `${'a '.repeat(10_000)}list Vidikovac`,
      `${'Aa Bb '.repeat(10_000)}`,
      `${'«'.repeat(10_000)}${'»'.repeat(10_000)}`,
    ];
    const started = performance.now();
    for (let i = 0; i < 50; i++)
      for (const t of inputs) {
        describedOutlet(t, 'after');
        describedOutlet(t, 'before');
      }
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('readLeadCredits: a described outlet is the source where rewrites credit', () => {
  const long =
    'The works are part of a wider programme of repairs planned across the whole region for the next two years, the plan says.';
  const page = (body: string) =>
    readPage(
      parseHTML(`<html><body><article><h1>Bridge to close</h1>${body}</article></body></html>`)
        .document as unknown as Document,
      'https://aggregator.example/item/1',
    );

  test('in the lead, though the sentence goes on after the name', () => {
    const credits = readLeadCredits(
      page(
        `<p>The bridge will close in May, reports the weekly Marsh Lantern, citing the mayor. ${long}</p><p>${long}</p>`,
      ),
    );
    expect(credits.map((c) => [c.claim.value, c.place, c.strong])).toEqual([['Marsh Lantern', 'lead', true]]);
  });

  test('mid-text it is citing: weak', () => {
    const credits = readLeadCredits(
      page(
        `<p>${long}</p><p>${long}</p><p>The cables were worn, reports the weekly Marsh Lantern, citing the mayor. ${long}</p><p>${long}</p><p>${long}</p>`,
      ),
    );
    expect(credits.map((c) => [c.claim.value, c.strong])).toEqual([['Marsh Lantern', false]]);
  });

  test('without the noun, the same unknown name inside the lead is no strong credit', () => {
    const credits = readLeadCredits(
      page(`<p>The bridge will close in May, reports Marsh Lantern, citing the mayor. ${long}</p><p>${long}</p>`),
    );
    expect(credits.filter((c) => c.strong)).toEqual([]);
  });
});
