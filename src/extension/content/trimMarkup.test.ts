import { describe, expect, test } from 'vitest';
import { trimMarkup } from './trimMarkup.ts';

const long = (c: string, n: number) => c.repeat(n);

describe('trimMarkup', () => {
  test.each([
    [
      'nothing to trim',
      '<div class="a"><p>Text &lt;svg&gt; here</p></div>',
      '<div class="a"><p>Text &lt;svg&gt; here</p></div>',
    ],
    [
      'a short inline script stays',
      '<div><script>document.write(1)</script></div>',
      '<div><script>document.write(1)</script></div>',
    ],
    [
      'a long inline script goes',
      `<div><script>${long('x', 5000)}</script><p>after</p></div>`,
      '<div><p>after</p></div>',
    ],
    ['a data block goes', '<div><script type="application/json">{"a":1}</script></div>', '<div></div>'],
    [
      'JSON-LD stays',
      '<div><script type="application/ld+json">{"@type":"NewsArticle"}</script></div>',
      '<div><script type="application/ld+json">{"@type":"NewsArticle"}</script></div>',
    ],
    ['a script with src keeps only its tag', '<script src="/a.js">x()</script>', '<script src="/a.js"></script>'],
    [
      'a data-type attribute is not its type',
      '<script data-type="x">y()</script>',
      '<script data-type="x">y()</script>',
    ],
    ['a template goes', '<div><template><p>tpl</p></template>b</div>', '<div>b</div>'],
    [
      'the inside of SVG goes',
      '<p><svg viewBox="0 0 1 1"><path d="M0"></path></svg>caption</p>',
      '<p><svg></svg>caption</p>',
    ],
    ['MathML too', '<p><math><mi>x</mi></math></p>', '<p><math></math></p>'],
    [
      'a custom element named like one is kept',
      '<svg-icon a="1">i</svg-icon><p>x</p>',
      '<svg-icon a="1">i</svg-icon><p>x</p>',
    ],
    [
      'a tag inside a script is not one',
      `<script>var s = "<svg>";</script><svg><g></g></svg>`,
      '<script>var s = "<svg>";</script><svg></svg>',
    ],
    ['a comment is kept whole', '<!-- <template> --><p>x</p>', '<!-- <template> --><p>x</p>'],
    ['a quoted > in an attribute', '<script data-x="a>b" type="application/json">{}</script><p>y</p>', '<p>y</p>'],
  ])('%s', (_name, html, expected) => {
    expect(trimMarkup(html)).toBe(expected);
  });

  test('a long style keeps its head', () => {
    const out = trimMarkup(`<style>${long('a{}', 10_000)}</style>`);
    expect(out.length).toBeLessThan(20_100);
    expect(out.startsWith('<style>a{}')).toBe(true);
    expect(out.endsWith('</style>')).toBe(true);
  });
});
