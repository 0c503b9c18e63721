/**
 * Drafts into final blocks: only those holding text are kept (renumbered in document order), and short ones
 * right next to an image, figure, chart or table are marked as possible captions or data lines.
 */
import { MAX_BLOCK_TEXT, type Draft } from './blockDraft.ts';
import { collapse } from './collapse.ts';
import { cleanText, emptyRepairs, type TextRepairs } from '../text/cleanText.ts';
import type { PageBlock } from './pageData.ts';
import { MEDIA_TAGS } from './pageTags.ts';

const MAX_CAPTION = 300;

export interface FinishedBlocks {
  blocks: PageBlock[];
  /** Draft slot → index of the first kept block at or after it; the extra last entry is blocks.length. */
  finalIndex: number[];
  /** What was repaired or unmasked in the block texts (see cleanText). */
  repairs: TextRepairs;
}

/** `containsMedia`: elements the walk found to hold media with little text of their own. */
export function finishBlocks(drafts: Draft[], containsMedia: Set<Element>): FinishedBlocks {
  const finalIndex: number[] = new Array<number>(drafts.length + 1);
  const blocks: PageBlock[] = [];
  const repairs = emptyRepairs();
  for (let i = 0; i < drafts.length; i++) {
    finalIndex[i] = blocks.length;
    const d = drafts[i] as Draft;
    const text = collapse(cleanText(d.parts.join(''), repairs)).slice(0, MAX_BLOCK_TEXT);
    if (!text) continue;
    // Caption and data lines sit right next to the image or chart they describe.
    if (text.length <= MAX_CAPTION) {
      d.mediaBefore = isMedia(d.el.previousElementSibling, containsMedia);
      d.nearMedia = d.mediaBefore || isMedia(d.el.nextElementSibling, containsMedia);
    }
    const { parts: _p, length: _l, el: _e, slot: _s, ...rest } = d;
    blocks.push({ index: blocks.length, text, ...rest });
  }
  finalIndex[drafts.length] = blocks.length;
  return { blocks, finalIndex, repairs };
}

function isMedia(el: Element | null, containsMedia: Set<Element>): boolean {
  return !!el && (MEDIA_TAGS.has(el.localName.toLowerCase()) || containsMedia.has(el));
}
