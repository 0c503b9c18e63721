import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { countUpTo } from './countElements.ts';

const html = `<div id="r">${'<p><b>x</b></p>'.repeat(10)}</div>`;
function happy(): Element {
  const window = new Window();
  window.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return window.document.getElementById('r') as unknown as Element;
}
const linked = (): Element => parseHTML(`<html><body>${html}</body></html>`).document.getElementById('r') as Element;

describe('countUpTo', () => {
  test.each([
    ['happy-dom', happy],
    ['linkedom (walked)', linked],
  ])('%s: exact up to the limit, limit + 1 past it', (_name, root) => {
    expect(countUpTo(root(), 100)).toBe(20);
    expect(countUpTo(root(), 20)).toBe(20);
    expect(countUpTo(root(), 19)).toBe(20);
    expect(countUpTo(root(), 5)).toBe(6);
    expect(countUpTo(root().querySelector('b')!, 5)).toBe(0);
  });
});
