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

  test.each([
    // [text, agency as written]: a desk's initials, then the wire, slash or comma of any script, any case.
    ['kp/MTI', 'MTI'],
    ['lm, Agerpres', 'Agerpres'],
    ['tv, bta', 'bta'],
    ['ЖК, БТА', 'БТА'],
    ['J.M./HINA', 'HINA'],
    ['дм，ТАСС', 'ТАСС'],
  ])('initials then the agency: %s', (text, written) => {
    expect(readCreditPair(text)).toMatchObject({ written, order: 'editor-agency', personal: false });
  });

  test.each([
    // Initials and no agency, a date, a data source, a media word, a person's name, a sentence, a lower-case word
    // that is no agency's short name.
    ['kp, lm'],
    ['kp, 2019'],
    ['kp, Eurostat'],
    ['Foto: kp/MTI'],
    ['Anna Kovács, MTI'],
    ['kp, the minister said'],
    ['kp, bread'],
    ['kp/Getty'],
  ])('no initials pair: %s', (text) => {
    expect(readCreditPair(text)).toBeNull();
  });

  test.each([
    // An outlet the directory knows and a person's name, either way round: personal, for the caller to place.
    ['RTÉ/ Siobhán Ní Bhriain', 'RTÉ', 'outlet-author'],
    ['Der Standard / M. Huber', 'Der Standard', 'outlet-author'],
    ['Mirela Dobre / Le Soir', 'Le Soir', 'author-outlet'],
  ])('an outlet and its writer: %s', (text, written, order) => {
    expect(readCreditPair(text)).toMatchObject({ written, order, personal: true });
  });

  test.each([
    // No outlet the directory knows; two people; a picture library; a media word.
    ['Morgenblatt/ Siobhán Ní Bhriain'],
    ['Mirela Dobre / Ana Popescu'],
    ['Mirela Dobre / Getty Images'],
    ['Foto: RTÉ/ Siobhán Ní Bhriain'],
  ])('no outlet-writer pair: %s', (text) => {
    expect(readCreditPair(text)).toBeNull();
  });

  test('pathological input stays fast: initials, commas and slashes repeated', () => {
    const inputs = [
      `${'a, '.repeat(20_000)}mti`,
      `${'ab/'.repeat(20_000)}MTI`,
      `ab, ${'x'.repeat(50_000)}`,
      `${'Ab Cd '.repeat(10_000)}/ RTÉ`,
      `RTÉ/ ${'Ab '.repeat(20_000)}`,
      '，'.repeat(50_000),
    ];
    const started = performance.now();
    for (const t of inputs) readCreditPair(t);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('readCreditPair: the joiner precheck refuses no pair', () => {
  // Pairs written for this test with every slash the pair pattern takes (ASCII, full-width, division and fraction
  // slash), every comma a desk's initials take, and a padded line that only normalising shortens: the precheck must
  // let each through to the reader.
  test.each([
    ['HARBOUR POST/APA', 'APA'],
    ['Харбор／ТАСС', 'ТАСС'],
    ['HARBOUR POST∕dpa', 'dpa'],
    ['EFE⁄rk', 'EFE'],
    [`  HARBOUR POST   /   APA${' '.repeat(70)}`, 'APA'],
    ['qz, APA', 'APA'],
    ['яп，ТАСС', 'ТАСС'],
    ['яп、ТАСС', 'ТАСС'],
  ])('%s', (text, written) => {
    expect(readCreditPair(text)?.written).toBe(written);
  });

  test('a line with no slash and no comma is no pair', () => {
    for (const text of ['HARBOUR POST APA', 'Reuters', 'EFE - rk', 'HARBOUR POST | APA'])
      expect(readCreditPair(text)).toBeNull();
  });
});
