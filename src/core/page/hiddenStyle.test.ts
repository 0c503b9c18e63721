import { expect, test } from 'vitest';
import { hiddenByStyle, hiddenSelectors } from './hiddenStyle.ts';

test.each([
  ['display:none', 'display:none'],
  ['DISPLAY: none !important', 'display:none'],
  ['visibility:hidden', 'visibility:hidden'],
  ['position:absolute;left:-9999px;top:-9999px', 'off-screen'],
  ['position: fixed; top: -10000px', 'off-screen'],
  ['font-size:0', 'font-size:0'],
  ['font-size: 0px; line-height:0', 'font-size:0'],
  ['text-indent:-9999px', 'text-indent'],
  ['opacity:0', 'opacity:0'],
  ['height:0;overflow:hidden', 'clipped'],
  ['display:block', null],
  ['position:absolute;left:-10px', null],
  ['text-indent:-2em', null],
  ['margin-left:-20px', null],
  ['font-size:0.9em', null],
  ['', null],
])('hiddenByStyle(%j)', (style, how) => {
  expect(hiddenByStyle(style)).toBe(how);
});

test('hiddenSelectors reads single-class and single-id rules only', () => {
  const { classes, ids } = hiddenSelectors(
    '.ftr-x{display:none} #spam, .y { position:absolute; left:-9999px } .menu li{display:none} .ok{color:red}',
  );
  expect([...classes].sort()).toEqual(['ftr-x', 'y']);
  expect([...ids]).toEqual(['spam']);
});

// Theme stylesheets qualify the rule that hides a footer block (robustness harness).
test.each([
  ['body .x9{display:none}', 'x9', null],
  ['body > .x9 { visibility:hidden }', 'x9', null],
  ['#colophon .x9{position:absolute;left:-9999px}', 'x9', null],
  ['div#x9{max-height:0;overflow:hidden}', null, 'x9'],
  ['@media all { #x9 { display:none } }', null, 'x9'],
  ['.screen-reader-shortcut, .x9 {display:none !important}', 'x9', null],
])('hiddenSelectors(%j)', (css, cls, id) => {
  const { classes, ids } = hiddenSelectors(css);
  expect([...classes]).toEqual(
    cls ? [...(css.includes('screen-reader-shortcut') ? ['screen-reader-shortcut'] : []), cls] : [],
  );
  expect([...ids]).toEqual(id ? [id] : []);
});

test.each([
  // Must not: a hidden bare tag, a pseudo-class, an attribute selector, a rule that does not hide.
  ['.menu li{display:none}'],
  ['.x9:hover{display:none}'],
  ['a[href]{display:none}'],
  ['body .x9{color:red}'],
])('hiddenSelectors(%j) reads nothing', (css) => {
  const { classes, ids } = hiddenSelectors(css);
  expect([...classes, ...ids]).toEqual([]);
});
