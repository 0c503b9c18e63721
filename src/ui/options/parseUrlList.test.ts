import { describe, expect, test } from 'vitest';
import { MAX_BATCH_URL_CHARS } from '../../extension/messages.ts';
import { parseUrlList } from './parseUrlList.ts';

describe('parseUrlList', () => {
  test('valid lines in order; blank lines and comments skipped; bad lines by number', () => {
    const text = [
      '# copies found this morning',
      'https://tinnhanh-tonghop24h.net/tiep-tuc/',
      '',
      'javascript:alert(1)',
      '  http://b.example/a?x=1  ',
      'www.example.com/no-scheme',
      'https://TINNHANH-tonghop24h.net:443/tiep-tuc/',
      'ftp://files.example/x',
      'https://a.example/with space',
    ].join('\r\n');
    expect(parseUrlList(text)).toEqual({
      urls: ['https://tinnhanh-tonghop24h.net/tiep-tuc/', 'http://b.example/a?x=1'],
      invalidLines: [4, 6, 8, 9],
      duplicates: 1,
    });
  });

  test.each([
    ['data:text/html,<script>alert(1)</script>'],
    ['chrome://settings'],
    ['file:///etc/passwd'],
    ['/relative/path'],
    ['https://'],
    [`https://a.example/${'a'.repeat(MAX_BATCH_URL_CHARS)}`],
  ])('refuses %s', (line) => {
    expect(parseUrlList(line).invalidLines).toEqual([1]);
  });

  test('an address exactly at the length limit is accepted', () => {
    const url = `https://a.example/${'a'.repeat(MAX_BATCH_URL_CHARS - 'https://a.example/'.length)}`;
    expect(parseUrlList(url).urls).toEqual([url]);
  });

  test('empty text is an empty list', () => {
    expect(parseUrlList(' \n\n# only a comment\n')).toEqual({ urls: [], invalidLines: [], duplicates: 0 });
  });
});
