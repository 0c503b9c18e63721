import { describe, expect, test } from 'vitest';
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { measureDocument, measureMarkup, overLimits, PAGE_LIMITS } from './pageComplexity.ts';

const nested = (n: number, tag = 'div'): string =>
  `<html><body>${`<${tag}>`.repeat(n)}x${`</${tag}>`.repeat(n)}</body></html>`;
const flat = (n: number): string => `<html><body>${'<p>text</p>'.repeat(n)}</body></html>`;

describe('measureDocument counts what linkedom built (its getElementsByTagName("*") is empty)', () => {
  test.each([
    // markup, elements (html, body and the rest: linkedom adds no head), depth (html is 0)
    ['nested divs', nested(50), 52, 51],
    ['flat paragraphs', flat(300), 302, 2],
    [
      'mixed',
      '<html><head><title>t</title></head><body><main><article><p>a<b>b</b><a href="/x">l</a></p></article></main></body></html>',
      9,
      5,
      1,
    ],
  ])('%s', (_, html, elements, depth, links = 0) => {
    const doc = parseHtmlLinkedom(html, 'https://news.example.com/a');
    expect(doc.getElementsByTagName('*').length).toBe(0); // Why Readability's maxElemsToParse never fires on linkedom.
    expect(measureDocument(doc.documentElement, { maxElements: 1e9, maxDepth: 1e9 })).toEqual({
      elements,
      depth,
      links,
    });
  });

  test('stops at the cap and says why', () => {
    const doc = parseHtmlLinkedom(flat(5000), 'https://news.example.com/a');
    const m = measureDocument(doc.documentElement, { maxElements: 1000, maxDepth: 100 });
    expect(m.elements).toBe(1001);
    expect(overLimits(m, { maxElements: 1000, maxDepth: 100 })).toBe('more than 1000 elements');
    const deep = parseHtmlLinkedom(nested(300), 'https://news.example.com/a');
    expect(overLimits(measureDocument(deep.documentElement, PAGE_LIMITS.readability), PAGE_LIMITS.readability)).toBe(
      'elements nested more than 120 deep',
    );
    const links = parseHtmlLinkedom(
      `<html><body>${'<a href="/x">l</a>'.repeat(2500)}</body></html>`,
      'https://news.example.com/a',
    );
    expect(overLimits(measureDocument(links.documentElement, PAGE_LIMITS.readability), PAGE_LIMITS.readability)).toBe(
      'more than 2000 links',
    );
  });
});

describe('measureMarkup estimates before parsing', () => {
  test.each([
    ['nested divs', nested(40), 42, 40],
    ['paragraphs without end tags do not deepen it', `<html><body>${'<p>text'.repeat(500)}</body></html>`, 502, 0],
    ['void and self-closing tags', '<div><br><img src=x><span/><hr></div>', 5, 1],
    [
      'comments and scripts are not tags',
      '<div><!-- <div><div> --><script>if (a<b) "<div><div>"</script><SCRIPT>"<div>"</SCRIPT></div>',
      3,
      1,
    ],
    ['a stray < is text', '<div>a < b and c <3 d</div>', 1, 1],
    ['end tags in any case', '<DIV><Div></dIV></div><div></div>', 3, 2],
  ])('%s', (_, html, elements, depth) => {
    expect(measureMarkup(html, 1e9)).toMatchObject({ elements, depth });
  });

  test('counts stray "<" (the parser is slow on them), not comments, doctypes or end tags', () => {
    expect(measureMarkup('<!DOCTYPE html><?xml x?><p>a < b <<< c</p><!-- < -->', 1e9).strays).toBe(4);
    expect(overLimits(measureMarkup(`<p>${'<'.repeat(30_000)}</p>`), PAGE_LIMITS)).toBe(
      'more than 20000 stray "<" characters',
    );
  });

  test('stops counting past the limit', () => {
    expect(measureMarkup(flat(10_000), 100).elements).toBe(101);
  });
});
