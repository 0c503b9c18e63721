/**
 * An outlet's promotion of its own channels, carried along by a copy of its story: "follow <outlet> on WhatsApp",
 * "download the <outlet> app", "subscribe to <outlet>", "sign up for the <outlet> newsletter", a paywall's "<outlet>
 * subscribers only". The wordings are each language pack's `promoNotices`, `@` where the outlet stands; the outlet
 * is read by its shape: a run of capitalised words, a coined name with a digit ("N1", "20min"), an acronym, a name
 * the publisher tables know. A page's own promotion names itself ("follow us", or its own brand, which the detector
 * drops against pageIdentity); a title-cased button ("Follow Us On Twitter") and an everyday word name nobody.
 *
 * Linear: one alternation of the phrases' literal parts picks the blocks worth reading; each phrase's regex then runs
 * on at most MAX_SENTENCES sentences of MAX_SENTENCE characters, its outlet a bounded slot.
 */
import type { PageBlock, PageData } from '../page/pageData.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { NON_NAME_WORDS } from '../data/nonNames.ts';
import { COMMON_NAME_WORDS } from '../data/publisherNameWords.ts';
import { isEverydayWord } from '../data/publishers/genericName.ts';
import { NO_SPACE_SCRIPT_CHAR, phraseAlternation } from '../text/compilePhrases.ts';
import { namedOutlet } from './namedOutlet.ts';
import { PLATFORM_NAMES } from '../data/platformNames.ts';

const MAX_BLOCKS = 400;
const MAX_BLOCK_TEXT = 4000;
const MAX_SENTENCES = 300;
const MAX_SENTENCE = 300;
const MAX_NOTICES = 4;
const MAX_QUOTE = 160;
/** A slot holds a name: a few words, no sentence punctuation. */
const SLOT = '((?:[^\\n!?;:,。！？.]|\\.(?!\\s)){1,60}?)';
const LAST_SLOT = '((?:[^\\n!?;:,。！？.]|\\.(?!\\s)){1,60})';
const MAX_NAME_WORDS = 4;
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])|\n+/u;
const CONNECTOR = /^(?:of|for|and|&|de|du|des|del|della|di|da|do|dos|das|und|van|y|e|et)$/iu;
const EDGE_MARKS = /^[("“„«‘'[]+|[)"”»’'\]:,;.!?]+$/gu;
/**
 * A case or possessive ending written after an apostrophe on a name's last word ("Ledger's", "Postası'nı",
 * "Courant’s"): the ending is the sentence's grammar, not the name's.
 */
const APOSTROPHE_ENDING = /['’ʼ]\p{L}{1,4}$/u;
const PLATFORMS: ReadonlySet<string> = new Set(PLATFORM_NAMES);

type Shape = 'first' | 'middle' | 'last';
interface PromoPattern {
  re: RegExp;
  shape: Shape;
}

export interface PromoNotice {
  /** The outlet as the page writes it. */
  name: string;
  quote: string;
  block: PageBlock;
}

/** The phrases' regexes, built on first use from every pack's `promoNotices`. Exported for the pack test. */
export function promoPatterns(phrases: readonly string[] = phrasesOf('promoNotices')): {
  any: RegExp;
  patterns: PromoPattern[];
} {
  const patterns: PromoPattern[] = [];
  const literals: string[] = [];
  for (const p of phrases) {
    const at = p.indexOf('@');
    if (at < 0) continue;
    const before = p.slice(0, at).trim();
    const after = p.slice(at + 1).trim();
    // "follow @": a space before the outlet in the phrase is a space on the page; "d'@", "@の", "@을" are glued.
    const gapBefore = /\s$/u.test(p.slice(0, at)) && !NO_SPACE_SCRIPT_CHAR.test(before.slice(-1)) ? '\\s+' : '\\s*';
    const gapAfter = /^\s/u.test(p.slice(at + 1)) && !NO_SPACE_SCRIPT_CHAR.test(after.charAt(0)) ? '\\s+' : '\\s*';
    const b = before ? `${bound(before)}(?:${phraseAlternation([before])})` : '';
    const a = after ? `(?:${phraseAlternation([after])})` : '';
    if (before) literals.push(before);
    else if (after) literals.push(after);
    if (before && after)
      patterns.push({ re: new RegExp(`${b}${gapBefore}${SLOT}${gapAfter}${a}`, 'iu'), shape: 'middle' });
    else if (before) patterns.push({ re: new RegExp(`${b}${gapBefore}${LAST_SLOT}`, 'iu'), shape: 'last' });
    else if (after)
      patterns.push({
        re: new RegExp(`^\\s*${LAST_SLOT.replace('{1,60}', '{1,60}?')}${gapAfter}${a}`, 'iu'),
        shape: 'first',
      });
  }
  return { any: new RegExp(phraseAlternation(literals, { bounded: true }), 'iu'), patterns };
}

function bound(phrase: string): string {
  return /^[\p{L}\p{N}]/u.test(phrase) && !NO_SPACE_SCRIPT_CHAR.test(phrase.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
}

/** Built on first use, per set of packs the page needs (data/lang/packSet.ts). */
const compiledPromos = perPackSet((phrases) => promoPatterns(phrases('promoNotices')));

/** Every promotion in the page's text blocks that names an outlet (at most MAX_NOTICES). */
export function readPromoNotices(page: PageData): PromoNotice[] {
  const { any, patterns } = compiledPromos();
  const out: PromoNotice[] = [];
  let sentences = 0;
  for (const block of page.blocks.slice(0, MAX_BLOCKS)) {
    if (block.hidden || block.region !== null || block.inFigure) continue;
    const text = block.text.slice(0, MAX_BLOCK_TEXT).normalize('NFC');
    if (!any.test(text)) continue;
    for (const raw of text.split(SENTENCE_END, MAX_SENTENCES)) {
      if (++sentences > MAX_SENTENCES) return out;
      const sentence = raw.trim().slice(0, MAX_SENTENCE);
      const name = promoOutlet(sentence, patterns);
      if (!name) continue;
      out.push({ name, quote: sentence.slice(0, MAX_QUOTE), block });
      if (out.length >= MAX_NOTICES) return out;
    }
  }
  return out;
}

/** The outlet one sentence's promotion names, if the sentence is one. */
export function promoOutlet(sentence: string, patterns = compiledPromos().patterns): string | null {
  for (const { re, shape } of patterns) {
    const m = re.exec(sentence);
    if (!m?.[1]) continue;
    const name = nameIn(m[1], shape, titleCased(m[0].replace(m[1], ' ')));
    if (name) return name;
  }
  return null;
}

/**
 * The outlet a slot holds: the whole slot between two parts of a phrase, else the run of name words next to the
 * phrase (after it, or before it when the outlet comes first).
 */
function nameIn(slot: string, shape: Shape, titled: boolean): string | null {
  const words = slot.trim().split(/\s+/u).filter(Boolean);
  if (shape === 'first') words.reverse();
  const name: string[] = [];
  for (const raw of words) {
    const w = raw.replace(EDGE_MARKS, '');
    if (!w || name.length >= MAX_NAME_WORDS) break;
    if (nameWord(w) || (CONNECTOR.test(w) && name.length)) name.push(w);
    else break;
  }
  if (shape === 'middle' && name.length !== words.length) return null;
  if (shape === 'first') name.reverse();
  while (name.length && CONNECTOR.test(name[name.length - 1]!)) name.pop();
  while (name.length && CONNECTOR.test(name[0]!)) name.shift();
  if (name.length) name[name.length - 1] = name[name.length - 1]!.replace(APOSTROPHE_ENDING, '');
  const value = name.join(' ');
  return value && !isPlatform(value) && readsAsOutlet(value, titled) ? value : null;
}

/**
 * A platform the promotion points to, not the outlet it promotes: the whole name is one ("WhatsApp", "Google
 * News"), or it opens on a platform's brand that is no everyday word ("YouTube Premium", "Telegram Channel").
 */
function isPlatform(name: string): boolean {
  const lower = name.toLowerCase().replace(/^the\s+/u, '');
  if (PLATFORMS.has(lower)) return true;
  const first = lower.split(' ')[0] ?? '';
  return first !== lower && first.length >= 4 && PLATFORMS.has(first) && !isEverydayWord(first);
}

/** A word of a name: capitalised, an acronym, a coined word with a digit ("g1", "N1"), or of a script without case. */
function nameWord(w: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(w) || (/\p{N}/u.test(w) && /\p{L}/u.test(w)) || /^\p{Lo}/u.test(w);
}

/**
 * Whether a name read by shape stands for an outlet: one the tables know, or one written as a name can only be (a
 * coined word with a digit, an acronym). Otherwise capitalised words, but not in a title-cased line (every word
 * capitalised: "Follow Us On Twitter"), not an everyday word alone, and not in a script without case (where nothing
 * tells a name from a word).
 */
function readsAsOutlet(name: string, titled: boolean): boolean {
  if (namedOutlet(name)) return true;
  const words = name.split(' ');
  const coined = words.some(
    (w) => (/\p{N}/u.test(w) && /\p{L}/u.test(w)) || (/^\p{Lu}{2,}$/u.test(w) && w.length <= 6),
  );
  if (coined) return true;
  if (titled || !/[\p{Lu}\p{Lt}]/u.test(name)) return false;
  if (words.length === 1 && (name.length <= 4 || isEverydayWord(name))) return false;
  // "Subscribe to Our Newsletter", "Contact Our Team": a name does not open on a word of site furniture (an article
  // such as "The" may open one).
  const first = (words[0] ?? '').toLowerCase();
  return !(NON_NAME_WORDS.has(first) && !COMMON_NAME_WORDS.has(first));
}

/**
 * The phrase's own words (the match without its slot) are all capitalised: a button's or a heading's text ("Follow
 * Us On Twitter", "Subscribe To Our Newsletter"), where a capital says nothing about a name.
 */
function titleCased(phraseText: string): boolean {
  const words = phraseText.split(/\s+/u).filter((w) => /^[\p{Lu}\p{Ll}]/u.test(w));
  return words.length >= 2 && !words.some((w) => /^\p{Ll}/u.test(w));
}
