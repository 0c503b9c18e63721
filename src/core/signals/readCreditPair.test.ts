import { describe, expect, test } from 'vitest';
import { readCreditPair } from './readCreditPair.ts';

describe('readCreditPair: an outlet and an agency, or an agency and its editor, joined by a slash', () => {
  test.each([
    // [text, agency as written, order]
    ['MORGENPOST/dpa', 'dpa', 'outlet-agency'],
    ['Kvällsbladet/TT', 'TT', 'outlet-agency'],
    ['ВЕЧЕРНИЙ ГОРОД/ТАСС', 'ТАСС', 'outlet-agency'],
    ['Hírlap/MTI', 'MTI', 'outlet-agency'],
    ['ILTALEHTI / STT Toimitus', 'STT', 'outlet-agency'],
    ['夕刊新報／共同', '共同', 'outlet-agency'],
    ['Lusa/ JM', 'Lusa', 'agency-editor'],
    ['EFE/ab', 'EFE', 'agency-editor'],
    ['AA / K.T.', 'AA', 'agency-editor'],
    ['TTXVN/Vietnam+', 'TTXVN', 'agency-editor'],
    ['ANSA/Marta Bianchi', 'ANSA', 'agency-editor'],
    ['رويترز/سامي', 'رويترز', 'agency-editor'],
  ])('%s', (text, written, order) => {
    expect(readCreditPair(text)).toMatchObject({ written, order });
  });

  test('a name after the agency is marked personal, for the caller to tell a photographer from an editor', () => {
    expect(readCreditPair('ANSA/Marta Bianchi')?.personal).toBe(true);
    expect(readCreditPair('Lusa/ JM')?.personal).toBe(false);
  });

  test.each([
    // Picture credits: a picture library, a picture agency, a media word.
    ['AFP/Getty'],
    ['Reuters/Getty Images'],
    ['EPA/Jane Roe'],
    ['dpa/Imago'],
    ['Foto: dpa/Max Muster'],
    ['Photo: AP/John Doe'],
    // A poll or survey an agency ran with a pollster: a data source.
    ['AP/NORC poll'],
    ['Reuters/Ipsos survey'],
    ['Reuters/Ipsos'],
    // No agency on either side.
    ['Morgenpost/Abendblatt'],
    ['Jane Roe/John Doe'],
    // A date, a path, a fraction.
    ['12/05/2021'],
    ['news/world'],
    // A sentence, not a pair.
    ['the minister and dpa/reuters said on Monday that the talks would go on'],
    // Too many words after the agency: a sentence goes on.
    ['Morgenpost/dpa berichtet am Montag über den Streit'],
  ])('no pair: %s', (text) => {
    expect(readCreditPair(text)).toBeNull();
  });

  test('pathological input stays fast: slashes and capitals repeated', () => {
    const inputs = ['/'.repeat(50_000), `${'A/'.repeat(20_000)}dpa`, `${'Ab '.repeat(20_000)}/dpa`];
    const started = performance.now();
    for (const t of inputs) readCreditPair(t);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
