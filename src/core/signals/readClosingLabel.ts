/**
 * A source label closing a line of running text rather than starting one: the last sentence of a paragraph, then
 * "Source: <URL or name>" with nothing after it ("… the minister said. Source: https://…"), or a label glued to the
 * item's last word where markup lost its line break ("… in the regionSource : https://…"). Returns where the label
 * starts, so the line's end is read as a source line of its own. A label inside a word ("opensource:"), a
 * lower-case "source:" inside a sentence ("one source: …") and a media or data label ("Photo source:") are not one.
 */
import { MEDIA_OR_DATA_LABEL } from '../data/citationContexts.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { NO_SPACE_SCRIPT_CHAR, phraseAlternation } from '../text/compilePhrases.ts';

/** Only the end of a line is searched: a closing label and its value are short. */
const TAIL = 240;
/** A name after a closing label: a few words, no sentence going on. */
const MAX_NAME = 80;
const MAX_WORDS = 6;
/** The text a closing label ends: a headline's or a sentence's worth, more than a caption's few words. */
const MIN_TEXT_BEFORE = 60;
const MIN_TEXT_BEFORE_CJK = 25;

/** Colons tried from the line's end: the value's own ("https:") and the label's. */
const MAX_COLONS = 3;
/** The longest label, with its spaces before the colon: where a label ending at a colon may start. */
const LABEL_SPAN = 48;

/**
 * A label ending a short stretch of text (the stretch before a colon). Built on first use, per pack set
 * (data/lang/packSet.ts); literals only.
 */
const labelAtEnd = perPackSet(
  (phrasesOf) => new RegExp(`(${phraseAlternation(phrasesOf('sourceLabels'))})[ \\t]*$`, 'iu'),
);

/**
 * Where a label closing the line starts (an index into `line`), or -1. Only the stretch before each of the last few
 * colons is searched for a label: a line without a colon near its end costs one scan for colons.
 */
export function closingLabelAt(line: string): number {
  const from = Math.max(0, line.length - TAIL);
  const tail = line.slice(from);
  let colon = tail.length;
  for (let i = 0; i < MAX_COLONS; i++) {
    colon = Math.max(tail.lastIndexOf(':', colon - 1), tail.lastIndexOf('：', colon - 1));
    if (colon <= 0) return -1;
    const value = tail.slice(colon + 1).trim();
    const url = /^(?:https?:\/\/|www\.)[^\s<>"']{3,600}$/iu.test(value);
    if (!url && (value.length > MAX_NAME || /[:：\n]/u.test(value))) continue;
    const spanFrom = Math.max(0, colon - LABEL_SPAN);
    const m = labelAtEnd().exec(tail.slice(spanFrom, colon));
    if (!m) continue;
    const at = spanFrom + m.index;
    return accepted(line, tail, from, at, m[1] ?? '', value) ? from + at : -1;
  }
  return -1;
}

/** The checks on a label found closing the line at `at` (an index into `tail`). */
function accepted(line: string, tail: string, from: number, at: number, label: string, value: string): boolean {
  if (at === 0 || !value || !acceptsValue(value)) return false;
  const first = label[0] ?? '';
  // A cased label capitalised: "Source:", not the "source:" of a sentence.
  if (/\p{Ll}/u.test(first)) return false;
  // Running text before it, not a caption's few words ("A training camp. Source: …" credits the picture).
  const before = line.slice(0, from + at).trim();
  if (before.length < (NO_SPACE_SCRIPT_CHAR.test(before.slice(-8)) ? MIN_TEXT_BEFORE_CJK : MIN_TEXT_BEFORE))
    return false;
  const prev = tail[at - 1] ?? '';
  // After a space or punctuation; or glued to a lower-case word, where a line break was lost ("regionSource").
  const glued = /\p{Ll}/u.test(prev) && /\p{Lu}/u.test(first);
  if (!glued && !/[\s\p{P}\p{S}]/u.test(prev)) return false;
  // "Photo source:", "Data source:": the word before the label says what is credited.
  const near = tail.slice(Math.max(0, at - 24), at);
  const lastWord = /[\p{L}\p{M}]+\s*$/u.exec(near)?.[0] ?? '';
  return !(lastWord && MEDIA_OR_DATA_LABEL.test(`${lastWord.trim()} ${label}`));
}

/** A URL, or a short name with no sentence in it. */
function acceptsValue(value: string): boolean {
  if (/^(?:https?:\/\/|www\.)/iu.test(value)) return true;
  if (value.split(/\s+/u).length > MAX_WORDS) return false;
  return !/[.!?。！？]\s+\S/u.test(value);
}
