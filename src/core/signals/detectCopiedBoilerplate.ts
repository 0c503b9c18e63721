/**
 * The original's own boilerplate carried along by a copy: an outlet's rights notice ("© 2024 The Associated Press.
 * All rights reserved.", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"), its subscriber notice (an agency's "news
 * offered to subscribers"), its promotions ("follow <outlet> on WhatsApp", "this is an edition of <outlet's
 * newsletter>"). The notice's words are each language pack's `copiedNotices`; the outlet is read by shape, not from
 * the phrase: the name after a copyright sign, else a name the agency and publisher tables know in the same
 * sentence. A page's own notice names the page itself (pageIdentity) and is no claim; picture and data credits
 * ("Foto: © ANP. All rights reserved") are not the story's.
 *
 * Linear: only the article's text blocks are read, each sentence capped, the notice phrases one alternation of
 * literals, the outlet looked up in a bounded window of words.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { groupsIn, indexFirstWords, perSubset } from '../text/firstWordIndex.ts';
import { namedOutlet, type Outlet } from './namedOutlet.ts';
import { agencyNamed } from '../data/agencies.ts';
import { AGENCY_WORDS } from '../data/wireDatelines.ts';
import { readLeakedPublishers } from './readLeakedPublisher.ts';
import { readPartnerAuthorPage } from './readPartnerAuthorPage.ts';
import { readPromoNotices } from './readPromoNotice.ts';

export const BOILERPLATE_STRENGTH = 0.5;
const MAX_BLOCKS = 400;
const MAX_SENTENCES = 400;
const MAX_SENTENCE = 400;
const MAX_QUOTE = 160;
const MAX_WORDS = 40;
const MAX_NGRAM = 4;
const MAX_SIGNALS = 2;

/**
 * The set's notice phrases by first word: a text compiles only the groups of phrases its words could start, each
 * group once per page (often none), instead of one alternation of every phrase of the set.
 */
const noticeIndex = perPackSet((phrasesOf) => indexFirstWords(phrasesOf('copiedNotices'), true));
const noticeOf = perSubset((phrases) => new RegExp(phraseAlternation(phrases, { bounded: true }), 'iu'));
/** Where the first notice phrase of `text` starts (where the alternation of them all would find it), or null. */
function noticeAt(text: string): number | null {
  let at: number | null = null;
  for (const group of groupsIn(noticeIndex(), text)) {
    const m = noticeOf(group)?.exec(text);
    if (m && (at === null || m.index < at)) at = m.index;
  }
  return at;
}
/** A copyright sign or word, a year or span of years, then the holder. Group 1: what follows, up to punctuation. */
const COPYRIGHT =
  /(?:©|ⓒ|\([cC]\)|\b[Cc]opyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^.,;:|<>()[\]{}©]{2,60})/u;
const COPYRIGHT_SIGN = /©|ⓒ|\([cC]\)|\b[Cc]opyright\b/u;
const MAX_LINES = 200;
const MAX_NOTICES = 16;
const MAX_RIGHTS_LINE = 80;
/** A whole line: the sign or word, perhaps a year (group 1), the holder (group 2), perhaps a year (group 3). */
const RIGHTS_LINE =
  /^(?:[Cc]opyright\s*(?:©|ⓒ|\([cC]\))?|©|ⓒ|\([cC]\))\s*(?:((?:19|20)\d{2})(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?([^\d.,;:|<>()[\]{}©/]{2,60}?)\s*,?\s*((?:19|20)\d{2})?\s*\.?$/u;
/** Sentences end at a full stop, question or exclamation mark followed by a space, or at a CJK full stop. */
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])/u;
const WORD_SPLIT = /[\s,;:،؛、，；：()[\]{}«»"“”„'’<>|/]+/u;
/** Arabic-script words carry one-letter prepositions and conjunctions ("لوكالة" = "of the agency"). */
const ARABIC_PROCLITIC = /^[لبوف](?=[\u0600-\u06ff]{3})/u;

export interface CopiedNotice {
  outlet: Outlet;
  quote: string;
  block: PageBlock;
}

export function detectCopiedBoilerplate(
  page: PageData,
  identity: PageIdentity,
): { signals: Signal[]; claims: Claim[] } {
  const signals: Signal[] = [];
  const claims: Claim[] = [];
  for (const n of findCopiedNotices(page)) {
    if (signals.length >= MAX_SIGNALS) break;
    const { outlet } = n;
    if (
      isSelf(identity, outlet.written) ||
      isSelf(identity, outlet.name) ||
      (outlet.origin && isSelf(identity, outlet.origin))
    )
      continue;
    signals.push({
      kind: 'copied-boilerplate',
      quote: n.quote,
      where: `the original's own notice, ${[n.block.tag, ...n.block.wrappers].join(' > ')}`,
      place: 'text',
      target: outlet.written,
      strength: BOILERPLATE_STRENGTH,
    });
    if (!claims.some((c) => c.value === outlet.written))
      claims.push({ value: outlet.written, type: 'name', via: 'copied-boilerplate' });
  }
  // "Follow <outlet> on WhatsApp", "download the <outlet> app": the original's promotion of its own channels.
  for (const n of readPromoNotices(page)) {
    if (signals.length >= MAX_SIGNALS) break;
    const known = namedOutlet(n.name);
    if (
      isSelf(identity, n.name) ||
      (known && (isSelf(identity, known.name) || (known.origin && isSelf(identity, known.origin))))
    )
      continue;
    signals.push({
      kind: 'copied-boilerplate',
      quote: n.quote,
      where: `the original's own promotion, ${[n.block.tag, ...n.block.wrappers].join(' > ')}`,
      place: 'text',
      target: n.name,
      strength: BOILERPLATE_STRENGTH,
    });
    if (!claims.some((c) => c.value === n.name))
      claims.push({ value: n.name, type: 'name', via: 'copied-boilerplate' });
  }
  // The original's structured data left in the text, a partner's own description on its author page: the same
  // evidence, read by shape rather than from a notice's words.
  const partner = readPartnerAuthorPage(page);
  for (const f of [...readLeakedPublishers(page), ...(partner ? [partner] : [])]) {
    if (signals.length >= MAX_SIGNALS) break;
    if (isSelf(identity, f.claim)) continue;
    signals.push({
      kind: 'copied-boilerplate',
      quote: f.quote,
      where: `the original's own ${f === partner ? 'description' : 'structured data'}, ${[f.block.tag, ...f.block.wrappers].join(' > ')}`,
      place: 'text',
      target: f.claim.value,
      strength: BOILERPLATE_STRENGTH,
    });
    if (!claims.some((c) => c.value === f.claim.value)) claims.push(f.claim);
  }
  return { signals, claims };
}

/** Every sentence of the article's text that is an outlet's notice, with the outlet it names. */
export function findCopiedNotices(page: PageData): CopiedNotice[] {
  const out: CopiedNotice[] = [];
  let sentences = 0;
  for (const block of page.blocks.slice(0, MAX_BLOCKS)) {
    if (block.hidden || block.region !== null || block.inFigure) continue;
    // "Copyright © TASR 2008" alone on a line under the story: the agency's rights line, no notice words needed.
    const rights = rightsLines(block);
    out.push(...rights);
    if (out.length >= MAX_NOTICES) return out;
    if (rights.length || noticeAt(block.text) === null) continue;
    let previous = '';
    for (const sentence of block.text.split(SENTENCE_END, MAX_SENTENCES)) {
      if (++sentences > MAX_SENTENCES) return out;
      const one = sentence.trim().slice(0, MAX_SENTENCE);
      // "© 2024 The Associated Press. All rights reserved.": the holder's sentence, then the notice's.
      const s = COPYRIGHT_SIGN.test(previous) ? `${previous} ${one}`.slice(0, MAX_SENTENCE) : one;
      previous = one;
      const outlet = noticeOutlet(s);
      if (outlet) out.push({ outlet, quote: s.slice(0, MAX_QUOTE), block });
    }
  }
  return out;
}

/** The lines of a block that are only a dated rights line naming an outlet the tables know. */
function rightsLines(block: PageBlock): CopiedNotice[] {
  if (!COPYRIGHT_SIGN.test(block.text)) return [];
  const out: CopiedNotice[] = [];
  for (const line of block.text.split('\n', MAX_LINES)) {
    const one = line.trim();
    if (one.length > MAX_RIGHTS_LINE) continue;
    const outlet = rightsLineOutlet(one);
    if (outlet) out.push({ outlet, quote: one, block });
    if (out.length >= MAX_NOTICES) break;
  }
  return out;
}

/**
 * The outlet of a line that is only a rights line: a copyright sign or word, the holder and a year, in either order
 * ("Copyright © TASR 2008", "© 2019 Kyodo News", "(c) ANSA 2017"). The year tells it from a picture's credit
 * ("© Reuters" under a photo); a picture agency or a media label before the sign credits a picture.
 */
export function rightsLineOutlet(line: string): Outlet | null {
  const m = RIGHTS_LINE.exec(line.slice(0, MAX_RIGHTS_LINE));
  if (!m?.[2] || !(m[1] || m[3])) return null;
  return knownIn(m[2]);
}

/** The outlet a notice sentence names, if it is one: the copyright holder, else a known outlet in the sentence. */
export function noticeOutlet(sentence: string): Outlet | null {
  const s = sentence.slice(0, MAX_SENTENCE);
  const notice = noticeAt(s);
  if (notice === null) return null;
  // "Foto: © ANP. Alle Rechte vorbehalten": a picture's or a chart's credit, not the story's.
  const sign = s.search(COPYRIGHT_SIGN);
  if (sign >= 0 && MEDIA_OR_DATA_LABEL.test(s.slice(Math.max(0, sign - 40), sign))) return null;
  // A copyright holder is the notice's outlet, known or not; without one, a known outlet in the sentence.
  const c = COPYRIGHT.exec(s);
  if (c?.[1]) {
    const start = c.index + c[0].length - c[1].length;
    const end = notice > start ? Math.min(start + c[1].length, notice) : start + c[1].length;
    return knownIn(s.slice(start, end));
  }
  return knownIn(s);
}

/**
 * The longest run of one to four words of `text` that the agency or publisher tables know, with an agency word
 * written right before or after it kept ("وكالة الأناضول": the agency word and Anadolu).
 */
function knownIn(text: string): Outlet | null {
  const words = text
    .split(WORD_SPLIT, MAX_WORDS)
    .map((w) => w.replace(/^[.!?…-]+|[.!?…-]+$/gu, ''))
    .filter(Boolean);
  let best: { outlet: Outlet; i: number; n: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NGRAM, words.length - i); n >= 1 && (!best || n > best.n); n--) {
      const run = words.slice(i, i + n).join(' ');
      const outlet =
        tableOutlet(run) ?? (ARABIC_PROCLITIC.test(run) ? tableOutlet(run.replace(ARABIC_PROCLITIC, '')) : null);
      if (outlet) {
        best = { outlet, i, n };
        break;
      }
    }
  }
  if (!best) return null;
  const prev = words[best.i - 1];
  const before = prev === undefined || agencyWord(prev) ? prev : prev.replace(ARABIC_PROCLITIC, '');
  const after = words[best.i + best.n];
  const written = agencyWord(before)
    ? `${before} ${best.outlet.written}`
    : agencyWord(after)
      ? `${best.outlet.written} ${after}`
      : best.outlet.written;
  return { ...best.outlet, written };
}

function agencyWord(word: string | undefined): boolean {
  return word !== undefined && AGENCY_WORDS.includes(word.toLowerCase());
}

/**
 * An outlet the tables know by one of its names; not a name read as an agency only for its agency word ("the news
 * agency"), nor a picture agency (it credits a picture).
 */
function tableOutlet(run: string): Outlet | null {
  const outlet = namedOutlet(run);
  if (!outlet || PICTURE_SOURCE_NAME.test(run) || PICTURE_SOURCE_NAME.test(outlet.name)) return null;
  const lower = run.toLowerCase();
  if (
    outlet.kind === 'agency' &&
    outlet.name === run.trim() &&
    agencyNamed(run) === null &&
    AGENCY_WORDS.some((w) => lower.includes(w))
  )
    return null;
  return outlet;
}
