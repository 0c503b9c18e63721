/**
 * A block while the walk is still inside it: its text arrives in pieces from text nodes (nested blocks excluded)
 * and its links and wrappers are added as they are met. finishBlocks turns the drafts into PageBlocks.
 */
import type { Frame } from './frameFor.ts';
import type { PageBlock } from './pageData.ts';

/** A block's own text is capped: a theme that puts a whole page in one div still makes one bounded block. */
export const MAX_BLOCK_TEXT = 4_000;
const MAX_CLASS_NAME = 200;

export interface Draft extends Omit<PageBlock, 'index' | 'text'> {
  /** Position among all drafts, text or not: links and images met inside point to it until blocks are final. */
  slot: number;
  parts: string[];
  length: number;
  el: Element;
}

/** A new draft for a block element; `keyOf` numbers elements so siblings and cousins can be grouped. */
export function draftBlock(
  el: Element,
  tag: string,
  frame: Frame,
  slot: number,
  keyOf: (el: Element | null) => number,
): Draft {
  return {
    tag,
    className: (el.getAttribute('class') ?? '').slice(0, MAX_CLASS_NAME),
    hidden: frame.hidden !== null,
    hiddenHow: frame.hidden,
    region: frame.region,
    inArticle: frame.inArticle,
    inFigure: frame.inFigure,
    inTable: frame.inTable,
    nearMedia: false,
    mediaBefore: false,
    align: frame.align,
    wrappers: [],
    linkHrefs: [],
    parentKey: keyOf(el.parentElement),
    grandKey: keyOf(el.parentElement?.parentElement ?? null),
    slot,
    parts: [],
    length: 0,
    el,
  };
}
