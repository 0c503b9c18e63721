import { describe, expect, it } from 'vitest';
import { nonCharacters } from '../../scripts/build-extension.mjs';

// The build's last check: a file Chromium would refuse to load fails the build instead of a silent dead worker.
describe('nonCharacters', () => {
  it.each([
    ['plain code', 'const a = /[^a-z]/g;', []],
    ['escaped in the source text', String.raw`const a = /[\uff10-\uffff]/;`, []],
    ['U+FFFF written literally', `const a = /[\uff10-\uffff]/;`, ['U+FFFF']],
    ['U+FDD0 written literally', 'x\ufdd0y', ['U+FDD0']],
    ['a plane-1 noncharacter', 'x\u{1FFFE}', ['U+1FFFE']],
    ['ordinary astral characters', 'emoji \u{1F600} and \u{1FFFD}', []],
    ['the last BMP character before them', '\ufffd\ufeff', []],
  ])('%s', (_name, code, expected) => {
    expect(nonCharacters(code)).toEqual(expected);
  });
});
