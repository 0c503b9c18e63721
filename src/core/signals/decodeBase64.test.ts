import { expect, test } from 'vitest';
import { decodeBase64 } from './decodeBase64.ts';

test.each([
  ['aHR0cHM6Ly93d3cub25saW5lY291cnNlcy1mcmVlLm9yZy8=', 'https://www.onlinecourses-free.org/'],
  ['ZG93bmxvYWQgZnJlZSB0aGVtZXM', 'download free themes'],
  ['aHR0cHM6Ly94LmNvbS8_cT0x', 'https://x.com/?q=1'],
  ['VGnhur9uZyBWaeG7h3Q=', 'Tiếng Việt'],
  ['R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', null],
  ['not base64!', null],
  ['abc', null],
])('%s', (input, out) => {
  expect(decodeBase64(input)).toBe(out);
});
