import { describe, expect, test } from 'vitest';
import { cleanText, decodeEntities, localName, xmlTokens } from './xmlTokens.ts';

describe('xmlTokens', () => {
  test('opens, attributes, self-closing, text, CDATA; comments, prolog and doctype skipped', () => {
    const toks = [
      ...xmlTokens(
        '\ufeff<?xml version="1.0"?><!DOCTYPE x><a:B Href="u?a=1&amp;b=2" x=\'y\' bare>t&lt;1<!-- c --><![CDATA[<raw>&amp;]]></a:B><br/>',
      ),
    ];
    expect(toks).toEqual([
      { type: 'open', name: 'a:b', attrs: { href: 'u?a=1&b=2', x: 'y', bare: '' }, selfClosing: false },
      { type: 'text', text: 't<1' },
      { type: 'text', text: '<raw>&amp;' },
      { type: 'close', name: 'a:b' },
      { type: 'open', name: 'br', attrs: {}, selfClosing: true },
    ]);
  });

  test.each([
    ['stray < in text', 'a < b <x>', ['text:a ', 'text:<', 'text: b ', 'open:x']],
    ['unclosed tag before a real one', '<a<b>c', ['open:b', 'text:c']],
    ['unterminated tag at the end', 'x<a href="', ['text:x']],
  ])('%s', (_n, input, expected) => {
    expect([...xmlTokens(input)].map((t) => (t.type === 'text' ? `text:${t.text}` : `${t.type}:${t.name}`))).toEqual(
      expected,
    );
  });
});

describe('decodeEntities / cleanText / localName', () => {
  test.each([
    ['&amp;&lt;&gt;&quot;&apos;&nbsp;', '&<>"\'\u00a0'],
    ['&#8211; &#x1F600; &#xD800; &#99999999;', '– 😀 &#xD800; &#99999999;'],
    ['AT&T &unknown; &', 'AT&T &unknown; &'],
  ])('%s', (input, out) => {
    expect(decodeEntities(input)).toBe(out);
  });
  test('cleanText strips double-escaped tags, collapses space and caps', () => {
    expect(cleanText('  &lt;b&gt;Bold&lt;/b&gt;\n  title ')).toBe('Bold title');
    expect(cleanText('x'.repeat(1000), 10)).toHaveLength(10);
  });
  test('localName', () => {
    expect(localName('news:title')).toBe('title');
    expect(localName('title')).toBe('title');
  });
});
