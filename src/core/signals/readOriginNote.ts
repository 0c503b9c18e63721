/**
 * A sentence saying the text was first published by another outlet, with the outlet written inside the sentence
 * rather than after a label: "Skånska Dagbladet publicerade den 11 november följande artikel", "im englischen
 * Original auf 80.000 Hours veröffentlicht", "Den återpubliceras med tillstånd av GP Kultur", "This article is
 * republished from The Conversation under a Creative Commons license". The wordings are each language pack's
 * `originNotes`, `@` where the outlet stands (first, in the middle or last); the outlet is read by its shape (a URL,
 * a host, a quoted name, a run of capitalised words), never taken from the phrase.
 *
 * Unlike the source-line reader's "first published" phrases, a note may sit anywhere in a paragraph (a translator's
 * note, a newsletter's introduction), so each block's sentences are read; a note about the page's own brand is
 * dropped by the detector (pageIdentity).
 *
 * Linear: one alternation of the notes' literal parts finds the blocks worth reading; each note's regex then runs
 * on at most MAX_SENTENCES sentences of MAX_SENTENCE characters, its outlet a bounded stretch.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { type FirstWordIndex, indexFirstWords, perSubset, phrasesIn } from '../text/firstWordIndex.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { URL_TEXT_RE, HOST_TEXT_RE } from './sourceLinePatterns.ts';

const MAX_BLOCKS = 400;
const MAX_BLOCK_TEXT = 4000;
const MAX_SENTENCES = 200;
const MAX_SENTENCE = 400;
const MAX_NOTES = 4;
/** The longest stretch an outlet may take in a note (a name, perhaps a URL after it). */
const SLOT = 120;
const MAX_NAME_WORDS = 6;

export interface OriginNote {
  block: PageBlock;
  claim: Claim;
  /** The note's sentence, as written. */
  quote: string;
}

type NoteShape = 'first' | 'middle' | 'last';
interface NotePattern {
  re: RegExp;
  shape: NoteShape;
  /** A label ending in a colon ("Original: @"): only a URL or a host after it is an outlet ("Original: English" is not). */
  addressOnly?: boolean;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{Lo}"“„«(])|(?<=[。！？])|\n+/u;

/** The notes' regexes, built on first use from every pack's `originNotes`. Exported for the pack test. */
export function notePatterns(phrases: readonly string[] = phrasesOf('originNotes')): {
  /** The notes' literal words by first word: a block compiles only those its words could start (anyIn). */
  any: FirstWordIndex;
  patterns: NotePattern[];
} {
  const patterns: NotePattern[] = [];
  const literals: string[] = [];
  for (const p of phrases) {
    const at = p.indexOf('@');
    if (at < 0) continue;
    const before = p.slice(0, at).trim();
    const after = p.slice(at + 1).trim();
    const outlet = `([^\\n]{1,${SLOT}}?)`;
    if (!before && after) {
      literals.push(after);
      // The outlet starts the sentence: "Skånska Dagbladet publicerade … följande artikel".
      patterns.push({ re: new RegExp(`^\\s*${outlet}\\s+${phraseAlternation([after])}`, 'iu'), shape: 'first' });
    } else if (before && after) {
      literals.push(before);
      patterns.push({
        re: new RegExp(
          `${bound(before)}${phraseAlternation([before])}\\s*${outlet}\\s+${phraseAlternation([after])}`,
          'iu',
        ),
        shape: 'middle',
      });
    } else if (before) {
      // "… من «@": the opening mark the note requires belongs to the slot, where it tells the quoted name's extent.
      const mark = /[«“„]$/u.exec(before)?.[0] ?? '';
      const words = mark ? before.slice(0, -1).trim() : before;
      literals.push(words);
      const gap = /[\s(«“„"']$/u.test(p.slice(0, at)) || /[\p{L}\p{N}]$/u.test(before) ? '\\s*' : '';
      patterns.push({
        re: new RegExp(`${bound(words)}${phraseAlternation([words])}${gap}(${mark}[^\\n]{1,${SLOT}})`, 'iu'),
        shape: 'last',
        addressOnly: /[:：]$/u.test(before),
      });
    }
  }
  return { any: indexFirstWords(literals, true), patterns };
}

function bound(phrase: string): string {
  return /^[\p{L}\p{N}]/u.test(phrase) && !/^[\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af]/u.test(phrase)
    ? '(?<![\\p{L}\\p{N}])'
    : '';
}

/** The alternation of some notes' literal words, once per such subset. */
const anyOf = perSubset((literals) => new RegExp(phraseAlternation(literals, { bounded: true }), 'iu'));

/** Whether `text` holds a note's literal words: what one alternation of all of them would say, compiling fewer. */
export function anyNoteIn(any: FirstWordIndex, text: string): boolean {
  return anyOf(phrasesIn(any, text))?.test(text) ?? false;
}

/** Built on first use, per set of packs the page needs (data/lang/packSet.ts). */
const compiledNotes = perPackSet((phrases) => notePatterns(phrases('originNotes')));

/** Every origin note of the page's text blocks, with the outlet each names (at most MAX_NOTES). */
export function readOriginNotes(page: PageData): OriginNote[] {
  const { any, patterns } = compiledNotes();
  const out: OriginNote[] = [];
  let sentences = 0;
  for (const block of page.blocks.slice(0, MAX_BLOCKS)) {
    if (block.hidden || block.region !== null || block.inFigure || block.nearMedia) continue;
    const text = block.text.slice(0, MAX_BLOCK_TEXT).normalize('NFC');
    if (!anyNoteIn(any, text)) continue;
    for (const raw of text.split(SENTENCE_END, MAX_SENTENCES)) {
      if (++sentences > MAX_SENTENCES) return out;
      const sentence = raw.trim().slice(0, MAX_SENTENCE);
      const claim = noteClaim(sentence, patterns);
      if (!claim) continue;
      out.push({ block, claim, quote: sentence });
      if (out.length >= MAX_NOTES) return out;
      break;
    }
  }
  return out;
}

/** The outlet one sentence's note names, if the sentence is a note. */
export function noteClaim(sentence: string, patterns = compiledNotes().patterns): Claim | null {
  for (const { re, shape, addressOnly } of patterns) {
    const m = re.exec(sentence);
    if (!m?.[1]) continue;
    const claim = outletOf(m[1], shape);
    if (claim && (!addressOnly || claim.type !== 'name')) return claim;
  }
  return null;
}

const LEADING_ARTICLE = /^(?:the|de|het|der|die|das|den|le|la|les|l['’]|el|los|las|il|lo|o|a|os|as)\s+(?=\p{Lu}|\d)/u;
/** A word of a name: capitalised, an acronym, a number in a name ("80.000 Hours"), a connector between such words. */
const NAME_WORD = /^(?:[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}\p{N}.&'’-]*|\d[\d.,]*\p{L}*)$/u;
// Lower-case words inside outlet names: "Gazzetta dello Sport", "Ηχώ του Λαού", "Sauti ya Pwani" too.
const CONNECTOR =
  /^(?:of|for|and|&|de|du|des|del|della|dello|delle|degli|dei|di|da|do|dos|das|und|für|van|voor|och|för|i|y|e|et|του|της|των|ya|wa)$/iu;
const DATE_WORD = /^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?$/u;
const QUOTED = /^[«“„"'‚‹「『《]([^«»“”„"'‹›「」『』《》\n]{2,80})[»”"'‘›」』》]/u;

/**
 * The outlet a note's slot holds, read by shape: a URL or host written out, a quoted name, else the run of
 * capitalised words next to the phrase (the words before it when the outlet comes first).
 */
export function outletOf(slot: string, shape: NoteShape): Claim | null {
  const s = slot.trim();
  const url = URL_TEXT_RE.exec(s)?.[0];
  if (url && (shape !== 'last' || s.indexOf(url) < 60)) {
    const value = (/^www\./iu.test(url) ? `https://${url}` : url).replace(/[.,;:)\]]+$/u, '');
    return { value, type: 'url', via: 'source-line' };
  }
  const quoted = QUOTED.exec(s);
  if (quoted?.[1]) return nameClaim(quoted[1]);
  const words = s.replace(LEADING_ARTICLE, '').split(/\s+/u);
  if (shape === 'first') words.reverse();
  const name: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/^[("“„«]+|[)"”»:,;.!?]+$/gu, '');
    if (!w || name.length >= MAX_NAME_WORDS) break;
    if (DATE_WORD.test(w)) break;
    if (NAME_WORD.test(w)) name.push(w);
    else if (CONNECTOR.test(w) && name.length) name.push(w);
    else break;
    // A comma or a full stop after a word ends the name ("… from The Conversation, under …").
    if (/[,;:!?]$|[^.\p{Lu}]\.$/u.test(raw) && shape !== 'first') break;
  }
  if (shape === 'first') name.reverse();
  while (name.length && CONNECTOR.test(name[name.length - 1]!)) name.pop();
  while (name.length && CONNECTOR.test(name[0]!)) name.shift();
  if (!name.length) return null;
  // A year closing a newsletter's or a yearbook's name belongs to it only in the middle of a note; a lone number is
  // no outlet.
  const value = name.join(' ');
  if (!/\p{L}{2}/u.test(value)) return null;
  if (shape === 'middle' && s.replace(LEADING_ARTICLE, '') !== value && s.split(/\s+/u).length > MAX_NAME_WORDS)
    return null;
  return nameClaim(value);
}

function nameClaim(name: string): Claim | null {
  const value = name.trim();
  if (!value || value.length > 80) return null;
  if (HOST_TEXT_RE.test(value) && !value.includes(' '))
    return { value: value.toLowerCase(), type: 'host', via: 'source-line' };
  return { value, type: 'name', via: 'source-line' };
}
