import { describe, expect, test } from 'vitest';
import { MAX_SNAPSHOT_PARTS, SNAPSHOT_PART_CHARS } from './limits.ts';
import { isRequestSnapshot, REQUEST_SNAPSHOT, requestWholePage, type RequestSnapshot } from './requestSnapshot.ts';

describe('isRequestSnapshot', () => {
  test.each([
    [{ type: REQUEST_SNAPSHOT }, true],
    [{ type: REQUEST_SNAPSHOT, id: 'a', part: 1 }, true],
    [{ type: 'page-snapshot' }, false],
    [{}, false],
    [null, false],
    ['request-snapshot', false],
  ])('%j → %s', (message, expected) => {
    expect(isRequestSnapshot(message)).toBe(expected);
  });
});

const PAGE = { url: 'https://copy.example/a', contentType: 'text/html' };

describe('requestWholePage', () => {
  test('joins the parts, asking for each in order', async () => {
    const asked: RequestSnapshot[] = [];
    const parts = ['<html>', '<body>', '</html>'];
    const whole = await requestWholePage(async (m) => {
      asked.push(m);
      return m.part === undefined ? { ...PAGE, html: parts[0], id: 'x1', parts: 3 } : { html: parts[m.part] };
    });
    expect(whole).toEqual({ ...PAGE, html: '<html><body></html>' });
    expect(asked.map((m) => m.part)).toEqual([undefined, 1, 2]);
  });

  test('a one-part answer (or an older content script’s plain snapshot) is the snapshot', async () => {
    expect(await requestWholePage(async () => ({ ...PAGE, html: '<p>x</p>' }))).toEqual({ ...PAGE, html: '<p>x</p>' });
  });

  test.each<[string, (m: RequestSnapshot) => unknown]>([
    ['nothing', () => null],
    ['no html', () => ({ ...PAGE })],
    ['too many parts', () => ({ ...PAGE, html: '', id: 'x', parts: MAX_SNAPSHOT_PARTS + 1 })],
    ['a fractional count', () => ({ ...PAGE, html: '', id: 'x', parts: 2.5 })],
    ['a missing part', (m) => (m.part === undefined ? { ...PAGE, html: '', id: 'x', parts: 2 } : null)],
    [
      'an oversized part',
      (m) =>
        m.part === undefined ? { ...PAGE, html: '', id: 'x', parts: 2 } : { html: 'x'.repeat(SNAPSHOT_PART_CHARS + 1) },
    ],
  ])('refuses %s', async (_name, answer) => {
    expect(await requestWholePage(async (m) => answer(m))).toBeNull();
  });
});
