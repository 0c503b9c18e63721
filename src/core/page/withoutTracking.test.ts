import { expect, test } from 'vitest';
import { withoutTracking } from './withoutTracking.ts';

test.each([
  ['https://v8.dev/blog/wasm?utm_source=rss&utm_medium=rss', 'https://v8.dev/blog/wasm'],
  ['https://v8.dev/blog/wasm?utm_source=rss&utm_medium=rss&utm_campaign=x#top', 'https://v8.dev/blog/wasm#top'],
  ['https://example.com/a?fbclid=IwAR0abc', 'https://example.com/a'],
  ['https://example.com/?p=42&utm_source=feed', 'https://example.com/?p=42'],
  // Must not: article ids and other parameters stay.
  ['https://example.com/?p=42', 'https://example.com/?p=42'],
  ['https://example.com/news?id=7&page=2', 'https://example.com/news?id=7&page=2'],
  ['https://example.com/a', 'https://example.com/a'],
  ['not a url?utm_source=x', 'not a url?utm_source=x'],
])('withoutTracking(%s)', (url, out) => {
  expect(withoutTracking(url)).toBe(out);
});
