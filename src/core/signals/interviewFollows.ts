/**
 * An interview follows: after its introduction, the page goes on in question-and-answer turns, each a line opened by
 * a dash ("— In your book you say…", "– We have to start…"), as most languages print an interview. An introduction
 * that credits an outlet as the interviewer ("…, he explains to X.", "X spoke with the minister") then says whose
 * interview the page carries: on another site than X's, a copy of it. Commentary that cites what someone told an
 * outlet goes on in prose, not in turns. No word is read, so every language is read the same.
 */
import type { PageBlock, PageData } from '../page/pageData.ts';

/** Turns that make an interview: one dashed line may be a list item or an aside. */
const MIN_TURNS = 2;
/** Blocks read after the introduction, and lines per block: the turns start right after it. */
const MAX_BLOCKS_AFTER = 8;
const MAX_LINES = 40;
/** A turn opens with a dash and a space, then a word (not a number range or a list of figures). */
const TURN = /^[—–―]\s*[\p{L}"«„“]/u;
const TURN_DASH = /[—–―]/u;

/** At least MIN_TURNS dashed turns in the lines after `block`'s first line and in the blocks right after it. */
export function interviewFollows(page: PageData, block: PageBlock): boolean {
  let turns = 0;
  const after = page.blocks.slice(block.index + 1, block.index + 1 + MAX_BLOCKS_AFTER);
  for (const [i, b] of [block, ...after].entries()) {
    // A turn opens with a dash: a block that writes none has no turn (and is not split into lines).
    if (b.hidden || b.region || b.inFigure || !TURN_DASH.test(b.text)) continue;
    const lines = b.text.split('\n', MAX_LINES).slice(i === 0 ? 1 : 0);
    for (const line of lines) if (TURN.test(line.trim()) && ++turns >= MIN_TURNS) return true;
  }
  return false;
}
