import { describe, expect, test } from 'vitest';
import { createT, formatMessage, type MessageEntry } from './createT.ts';

describe('formatMessage', () => {
  const overlap: MessageEntry = {
    message: '$PERCENT$ % of this page’s text appears in the original',
    placeholders: { percent: { content: '$1', example: '94' } },
  };
  test.each<[MessageEntry | undefined, (string | number)[], string]>([
    [overlap, ['94'], '94 % of this page’s text appears in the original'],
    [overlap, [94], '94 % of this page’s text appears in the original'],
    [
      { message: 'Posted here by $WHO$', placeholders: { WHO: { content: '$1' } } },
      ['quoc_vu'],
      'Posted here by quoc_vu',
    ],
    [{ message: 'Costs $$5' }, [], 'Costs $5'],
    [{ message: '$A$ and $B$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['x', 'y'], 'x and y'],
    // A substituted value is never expanded again.
    [{ message: 'by $WHO$', placeholders: { who: { content: '$1' } } }, ['$2 $$'], 'by $2 $$'],
    [{ message: 'missing $X$', placeholders: { x: { content: '$1' } } }, [], 'missing '],
    [undefined, [], ''],
  ])('%j with %j', (entry, subs, expected) => {
    expect(formatMessage(entry, subs)).toBe(expected);
  });
});

describe('createT', () => {
  test('falls back to the key for an unknown message', () => {
    const t = createT<string>({ hello: { message: 'Hello' } });
    expect(t('hello')).toBe('Hello');
    expect(t('nope')).toBe('nope');
  });
});
