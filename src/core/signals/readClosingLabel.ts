/**
 * A source label closing a line of running text rather than starting one: the last sentence of a paragraph, then
 * "Source: <URL or name>" with nothing after it ("… the minister said. Source: https://…"), or a label glued to the
 * item's last word where markup lost its line break ("… in the regionSource : https://…"). Returns where the label
 * starts, so the line's end is read as a source line of its own. A label inside a word ("opensource:"), a
 * lower-case "source:" inside a sentence ("one source: …") and a media or data label ("Photo source:") are not one.
 */
import { MEDIA_OR_DATA_LABEL } from '../data/citationContexts.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { NO_SPACE_SCRIPT_CHAR, phraseAlternation } from '../text/compilePhrases.ts';

/** Only the end of a line is searched: a closing label and its value are short. */
const TAIL = 240;
/** A name after a closing label: a few words, no sentence going on. */
const MAX_NAME = 80;
const MAX_WORDS = 6;
/** The text a closing label ends: a headline's or a sentence's worth, more than a caption's few words. */
const MIN_TEXT_BEFORE = 60;
const MIN_TEXT_BEFORE_CJK = 25;

let closingRe: RegExp | null = null;
function closing(): RegExp {
  closingRe ??= new RegExp(
    `(${phraseAlternation(phrasesOf('sourceLabels'))})\\s*[:：]\\s*((?:https?:\\/\\/|www\\.)[^\\s<>"']{3,600}|[^\\n:：]{1,${MAX_NAME}})\\s*$`,
    'iu',
  );
  return closingRe;
}

/** Where a label closing the line starts (an index into `line`), or -1. */
export function closingLabelAt(line: string): number {
  const from = Math.max(0, line.length - TAIL);
  const tail = line.slice(from);
  const m = closing().exec(tail);
  if (!m || m.index === 0) return -1;
  const label = m[1] ?? '';
  const value = (m[2] ?? '').trim();
  if (!value || !acceptsValue(value)) return -1;
  const first = label[0] ?? '';
  // A cased label capitalised: "Source:", not the "source:" of a sentence.
  if (/\p{Ll}/u.test(first)) return -1;
  // Running text before it, not a caption's few words ("A training camp. Source: …" credits the picture).
  const before = line.slice(0, from + m.index).trim();
  if (before.length < (NO_SPACE_SCRIPT_CHAR.test(before.slice(-8)) ? MIN_TEXT_BEFORE_CJK : MIN_TEXT_BEFORE)) return -1;
  const prev = tail[m.index - 1] ?? '';
  // After a space or punctuation; or glued to a lower-case word, where a line break was lost ("regionSource").
  const glued = /\p{Ll}/u.test(prev) && /\p{Lu}/u.test(first);
  if (!glued && !/[\s\p{P}\p{S}]/u.test(prev)) return -1;
  // "Photo source:", "Data source:": the word before the label says what is credited.
  const near = tail.slice(Math.max(0, m.index - 24), m.index);
  const lastWord = /[\p{L}\p{M}]+\s*$/u.exec(near)?.[0] ?? '';
  if (lastWord && MEDIA_OR_DATA_LABEL.test(`${lastWord.trim()} ${label}`)) return -1;
  return from + m.index;
}

/** A URL, or a short name with no sentence in it. */
function acceptsValue(value: string): boolean {
  if (/^(?:https?:\/\/|www\.)/iu.test(value)) return true;
  if (value.split(/\s+/u).length > MAX_WORDS) return false;
  return !/[.!?。！？]\s+\S/u.test(value);
}
