import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script module without types
import { fileFor } from '../../scripts/real-add.mjs';

// real-add.mjs names each page's file from its address. An address with a percent-escape that is not UTF-8 once
// made decodeURIComponent throw halfway through a batch, leaving the pages written so far behind.
describe('real-add file names', () => {
  test('a Latin-1 percent-escape in the address is kept, not thrown on', () => {
    const file = fileFor('https://news.example.org/noticias/%BFque-paso%3F.html');
    expect(file).toMatch(/^web\/news\.example\.org\/BFque-paso-3F-html-[0-9a-f]{8}\.txt$/);
  });

  test('a UTF-8 escape is decoded before the slug is made', () => {
    expect(fileFor('https://example.vn/tin-t%E1%BB%A9c.html')).toMatch(
      /^web\/example\.vn\/tin-tu-c-html-[0-9a-f]{8}\.txt$/,
    );
  });
});
