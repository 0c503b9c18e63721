import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import {
  ONE_CALL_ELEMENTS,
  SCRIPT_TEXT_KEPT,
  STYLE_TEXT_KEPT,
  serializePage,
  serializeSmallPage,
} from './serializePage.ts';

function doc(html: string): Document {
  const window = new Window({ url: 'https://news.example/a/story.html' });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Runs the serializer to the end in steps of `budget` and returns everything it wrote. */
function run(
  root: Element,
  options: { maxChars?: number; nativeSubtreeElements?: number; budget?: number } = {},
): { html: string; steps: number } {
  let clock = 0;
  const s = serializePage(root, {
    maxChars: options.maxChars ?? 1e9,
    nativeSubtreeElements: options.nativeSubtreeElements,
    now: () => clock++,
  });
  let html = '';
  let steps = 0;
  while (steps < 1e6) {
    steps++;
    const done = s.step(options.budget ?? 1);
    html += s.take();
    if (done) break;
  }
  return { html, steps };
}

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>A &amp; B</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script><style>p{color:red}</style></head>
<body class="a"><!-- a comment --><main><article data-x="1 &quot; 2 &lt;3&gt;"><h1>Tiêu đề &lt;b&gt;</h1><p>One&nbsp;two &amp; three</p>
<img src="/i.png" alt="x"><br><svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient><path d="M0 0"/></svg>
<template><p>in template</p></template><textarea>a &lt; b</textarea><script>var s = "</" + "p>";</script>
<noscript><img src="/n.png"></noscript><ul>${'<li><a href="/x">x</a> y</li>'.repeat(30)}</ul></article></main></body></html>`;

describe('serializePage', () => {
  test.each([
    ['native only (nothing large, nothing to trim)', 1e9],
    ['every element opened by hand', 0],
    ['some opened', 5],
  ])('writes what outerHTML writes: %s', (_name, nativeSubtreeElements) => {
    const d = doc(PAGE);
    const expected = d.documentElement.outerHTML;
    expect(run(d.documentElement, { nativeSubtreeElements }).html).toBe(expected);
  });

  test('splits the work into many steps when the budget is small', () => {
    const d = doc(`<html><body>${'<div><p>x</p></div>'.repeat(200)}</body></html>`);
    const { html, steps } = run(d.documentElement, { nativeSubtreeElements: 10, budget: 1 });
    expect(html).toBe(d.documentElement.outerHTML);
    expect(steps).toBeGreaterThan(100);
  });

  test('trims inline scripts and styles to what the engine reads, and drops data blocks', () => {
    const longScript = `var a = 1;${' '.repeat(SCRIPT_TEXT_KEPT)}var tail = 2;`;
    const longStyle = `p{}${' '.repeat(STYLE_TEXT_KEPT)}.tail{}`;
    const d = doc(
      `<html><head><script>${longScript}</script><style>${longStyle}</style><script type="application/json" id="state">{"big":"${'x'.repeat(5000)}"}</script>` +
        `<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><div><div><script type="module">${longScript}</script></div></div><p>text</p></body></html>`,
    );
    const { html } = run(d.documentElement);
    const parsed = doc(html);
    const scripts = [...parsed.querySelectorAll('script')];
    expect(scripts.map((s) => s.textContent?.length)).toEqual([
      SCRIPT_TEXT_KEPT,
      0,
      '{"@type":"NewsArticle"}'.length,
      SCRIPT_TEXT_KEPT,
    ]);
    expect(scripts[0]?.textContent).toBe(longScript.slice(0, SCRIPT_TEXT_KEPT));
    expect(parsed.querySelector('style')?.textContent).toBe(longStyle.slice(0, STYLE_TEXT_KEPT));
    expect(parsed.querySelector('#state')).not.toBeNull();
    expect(parsed.body.innerHTML).toContain('<p>text</p>');
  });

  test('a script with a src keeps its (empty) body and attributes', () => {
    const d = doc('<html><head><script src="https://cdn.example/a.js" async></script></head><body></body></html>');
    expect(run(d.documentElement).html).toBe(d.documentElement.outerHTML);
  });

  test('stops at maxChars', () => {
    const d = doc(`<html><body>${'<p>paragraph</p>'.repeat(1000)}</body></html>`);
    const { html } = run(d.documentElement, { maxChars: 5000, nativeSubtreeElements: 10 });
    expect(html.length).toBe(5000);
    expect(html).toBe(d.documentElement.outerHTML.slice(0, 5000));
  });
});

describe('serializeSmallPage', () => {
  const TRIMS = `<html><head><script>${'a'.repeat(SCRIPT_TEXT_KEPT + 10)}</script><style>${'p{}'.repeat(STYLE_TEXT_KEPT)}</style>
<script type="application/json">{"state":1}</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script src="/a.js"></script></head><body><p>Text</p><script>var x = "<svg>";</script></body></html>`;
  test.each([
    ['a page with nothing to trim', PAGE],
    ['long scripts and styles, data blocks, JSON-LD, external scripts', TRIMS],
  ])('%s: the same markup as the sliced serializer, in one call', (_name, html) => {
    const root = doc(html).documentElement;
    const small = serializeSmallPage(root, 1e9);
    expect(small).toBe(run(root).html);
    expect(small).not.toContain('"state"');
  });

  test('caps what it returns', () => {
    expect(serializeSmallPage(doc(PAGE).documentElement, 100)).toHaveLength(100);
  });

  test('leaves a big page to the sliced serializer', () => {
    const big = doc(`<html><body>${'<p>x</p>'.repeat(ONE_CALL_ELEMENTS + 1)}</body></html>`);
    expect(serializeSmallPage(big.documentElement, 1e9)).toBeNull();
  });
});
