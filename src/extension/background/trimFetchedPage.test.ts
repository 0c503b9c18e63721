import { describe, expect, test } from 'vitest';
import { trimFetchedPage } from './trimFetchedPage.ts';

describe('trimFetchedPage', () => {
  const article = '<article><p>The text.</p></article>';
  test.each<[string, string, number, string]>([
    [
      'short scripts and styles are left as they are',
      `<script>${'x'.repeat(30)}</script><style>p{}</style><script type="module">m()</script>${article}`,
      1000,
      `<script>${'x'.repeat(30)}</script><style>p{}</style><script type="module">m()</script>${article}`,
    ],
    [
      'a data block is emptied, whatever its size',
      `<script type="application/json" id="state">{"a":1}</script>${article}`,
      1000,
      `<script type="application/json" id="state"></script>${article}`,
    ],
    [
      'an inline SVG is emptied',
      `<svg viewBox="0 0 9 9"><path d="M0 0L9 9"/></svg>${article}`,
      1000,
      `<svg viewBox="0 0 9 9"></svg>${article}`,
    ],
    [
      'a long inline script keeps its first 20,000 characters',
      `<head><script>${'x'.repeat(50_000)}</script></head>${article}`,
      40_000,
      `<head><script>${'x'.repeat(20_000)}</script></head>${article}`,
    ],
    [
      'JSON-LD is kept whole, a long style cut at 50,000',
      `<script type="application/ld+json">${'j'.repeat(30_000)}</script><style>${'s'.repeat(60_000)}</style>${article}`,
      90_000,
      `<script type="application/ld+json">${'j'.repeat(30_000)}</script><style>${'s'.repeat(50_000)}</style>${article}`,
    ],
    [
      'what is still too long is cut at the cap',
      `${article}${'<p>more</p>'.repeat(100)}`,
      50,
      `${article}${'<p>more</p>'.repeat(100)}`.slice(0, 50),
    ],
  ])('%s', (_name, html, cap, expected) => {
    expect(trimFetchedPage(html, cap)).toBe(expected);
  });

  test('an unclosed script ends the page (as a parser reads it), in bounded time', () => {
    const html = `${article}<script>${'<script '.repeat(400_000)}`;
    const start = Date.now();
    const out = trimFetchedPage(html, 100_000);
    expect(out.startsWith(`${article}<script>`)).toBe(true);
    expect(out.length).toBeLessThanOrEqual(100_000);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
