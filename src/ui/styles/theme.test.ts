/** Every foreground/background token pair the stylesheet uses meets WCAG AA, in the light and the dark theme. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from './contrast.ts';

const css = readFileSync(fileURLToPath(new URL('./theme.css', import.meta.url)), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1]!, m[2]!]));
}

const light = tokens(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...tokens(/@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '') };

// [foreground, background, minimum ratio]: text is 4.5:1; the focus ring and borders of controls 3:1.
const PAIRS: [string, string, number][] = [
  ['fg', 'bg', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['button-fg', 'button-bg', 4.5],
  ['primary-fg', 'primary-bg', 4.5],
  ['mark-fg', 'mark-bg', 4.5],
  ['copy-fg', 'copy-bg', 4.5],
  ['syn-fg', 'syn-bg', 4.5],
  ['sus-fg', 'sus-bg', 4.5],
  ['clean-fg', 'clean-bg', 4.5],
  ['neutral-fg', 'neutral-bg', 4.5],
  ['warn-fg', 'warn-bg', 4.5],
  ['error-fg', 'error-bg', 4.5],
  ['focus', 'bg', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, theme) => {
  test('defines a dark set at all', () => {
    expect(Object.keys(theme).length).toBeGreaterThan(20);
  });
  test.each(PAIRS)('%s on %s ≥ %d:1', (fg, bg, min) => {
    expect(theme[fg], fg).toBeDefined();
    expect(theme[bg], bg).toBeDefined();
    expect(contrastRatio(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
  });
});

describe('contrastRatio', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
});
