import { describe, expect, test, vi } from 'vitest';
import { HOST_ACCESS, hasHostAccess } from './hostAccess.ts';

describe('hasHostAccess', () => {
  test.each([
    ['granted', async () => true, true],
    ['withheld or revoked', async () => false, false],
    ['an API that fails', async () => Promise.reject(new Error('no')), false],
  ])('%s', async (_name, contains, expected) => {
    const api = { contains: vi.fn(contains) };
    expect(await hasHostAccess(api)).toBe(expected);
    expect(api.contains).toHaveBeenCalledWith(HOST_ACCESS);
  });

  test('asks for every website, since a copy and its original can be anywhere', () => {
    expect(HOST_ACCESS.origins).toEqual(['<all_urls>']);
  });
});
