/**
 * The block-level text of an element, one string per paragraph: every p, li, h1–h6, blockquote, figcaption, td, …
 * that holds text, plus loose text between blocks (a div with text directly inside). Linear in the tree size.
 */
import { normalizeSpace } from './normalizeSpace.ts';
import { cleanText } from './cleanText.ts';

const BLOCK = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'FIGURE',
  'PRE',
  'TD',
  'TH',
  'CAPTION',
  'DD',
  'DT',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'FORM',
  'FIELDSET',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'HR',
  'BR',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);

export interface BlockLimits {
  maxParagraphs: number;
  maxChars: number;
}

export function blockParagraphs(
  root: Element,
  limits: BlockLimits = { maxParagraphs: 2000, maxChars: 200_000 },
): string[] {
  const out: string[] = [];
  let chars = 0;
  let run = '';
  const flush = (): void => {
    // Repaired and unmasked before spaces are collapsed: a zero-width space inside a word is no word break.
    const text = normalizeSpace(cleanText(run));
    run = '';
    if (!text || out.length >= limits.maxParagraphs || chars >= limits.maxChars) return;
    const kept = text.length + chars > limits.maxChars ? text.slice(0, limits.maxChars - chars) : text;
    out.push(kept);
    chars += kept.length;
  };
  // Iterative walk: hostile pages nest deeply enough to overflow a recursive one.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  let visited = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, exit } = item;
    if (++visited > 200_000 || chars >= limits.maxChars) break;
    if (node.nodeType === 3) {
      run += node.nodeValue ?? '';
      if (run.length > limits.maxChars) flush();
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, exit: false });
    }
  }
  flush();
  return out;
}
