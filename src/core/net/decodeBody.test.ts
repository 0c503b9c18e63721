import { describe, expect, test } from 'vitest';
import { decodeBody, sniffCharset } from './decodeBody.ts';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffCharset', () => {
  test.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ["<META CHARSET='Windows-1251'>", 'windows-1251'],
    ['<meta charset=gbk>', 'gbk'],
    ['<meta http-equiv="content-type" content="text/html;charset=euc-kr">', 'euc-kr'],
    ['<?xml version="1.0" encoding="ISO-8859-2"?><rss>', 'iso-8859-2'],
    ['<meta charset="utf-16le">', 'utf-8'],
    ['<p>charset=koi8-r is what this article is about</p>', null],
    ['<meta name="description" content="x">', null],
    ['', null],
  ])('%s → %s', (head, label) => {
    expect(sniffCharset(ascii(head))).toBe(label);
  });

  test('looks only at the first kilobyte', () => {
    expect(sniffCharset(ascii(`${' '.repeat(2000)}<meta charset="gbk">`))).toBeNull();
  });

  test('stays fast on a hostile head', () => {
    const started = Date.now();
    sniffCharset(ascii(`<meta ${'charse '.repeat(200)}`));
    expect(Date.now() - started).toBeLessThan(100);
  });
});

describe('decodeBody', () => {
  test.each([
    ['windows-1252 punctuation', [0x80, 0x93, 0x94, 0x96, 0xe9], 'windows-1252', '€\u201c\u201d\u2013é'],
    ['latin1 label means windows-1252', [0x93, 0x41], 'iso-8859-1', '\u201cA'],
    ['UTF-8 BOM beats the header', [0xef, 0xbb, 0xbf, 0xc3, 0xa9], 'windows-1252', 'é'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x41, 0x00], null, 'A'],
    ['malformed UTF-8 becomes U+FFFD', [0x41, 0xff, 0x42], 'utf-8', 'A\ufffdB'],
  ])('%s', (_, bytes, charset, text) => {
    expect(decodeBody(new Uint8Array(bytes), charset, 'text/html')).toBe(text);
  });

  test('does not sniff a meta charset in plain text', () => {
    expect(
      decodeBody(new Uint8Array([...ascii('<meta charset="windows-1251">'), 0xc3, 0xa9]), null, 'text/plain'),
    ).toBe('<meta charset="windows-1251">é');
  });
});
