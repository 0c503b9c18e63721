import { describe, expect, test } from 'vitest';
import { isRequestSnapshot, REQUEST_SNAPSHOT } from './requestSnapshot.ts';

describe('isRequestSnapshot', () => {
  test.each([
    [{ type: REQUEST_SNAPSHOT }, true],
    [{ type: 'page-snapshot' }, false],
    [{}, false],
    [null, false],
    ['request-snapshot', false],
  ])('%j → %s', (message, expected) => {
    expect(isRequestSnapshot(message)).toBe(expected);
  });
});
