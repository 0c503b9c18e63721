/**
 * Attribution written inside a sentence, the way wire copy and aggregators credit an outlet in every language: a
 * reporting verb or preposition with the outlet as its agent or source ("…, reports SVT.", "according to Reuters",
 * "Boye told DW", "diz o ministro à Folha", "APA xəbər verir ki", "据新华社报道"). The wordings are each pack's
 * `reportingVerbs`, `@` where the outlet stands (after the phrase, before it, or inside it); the outlet is read from
 * the page by its shape (an address, a quoted name, capitalised words) and the publisher directory (`namedOutlet`).
 *
 * Commentary and analysis cite outlets mid-text all the time, so a credit is strong only where rewrites put it, in
 * the headline and lead (the first sentences of the top of the text) or the text's last sentence, and only when the
 * directory knows the outlet or the outlet closes the sentence in a credit's shape ("…, reports TT."). A credit
 * elsewhere, or naming an address, is weak: the source-line detector leaves it to the verifier (no claim). Capitalised words alone are no
 * outlet (a person, a place); a page crediting two or more outlets is citing; the page naming itself is no claim.
 *
 * Linear: one alternation of every phrase's literal parts finds the sentences worth reading; the shapes' regexes
 * then run on at most MAX_SENTENCES sentences of MAX_SENTENCE characters, each slot a bounded stretch.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import {
  type BoundedSource,
  factoredAlternation,
  NO_SPACE_SCRIPT_CHAR,
  phraseAlternation,
} from '../text/compilePhrases.ts';
import { describedOutlet } from './describedOutlet.ts';
import { namedOutlet } from './namedOutlet.ts';
import { readAgencyByline } from './readAgencyByline.ts';
import { readCreditByline } from './readCreditByline.ts';
import { outletOf } from './readOriginNote.ts';
import { interviewFollows } from './interviewFollows.ts';
import { placeOf } from './sourceLinePlace.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { HOST_TEXT_RE, URL_TEXT_RE } from './sourceLinePatterns.ts';
import { documentAddress } from '../url/documentAddress.ts';

const MAX_BLOCKS = 400;
/** An address written out, scheme or "www." to the next space. */
const WRITTEN_URL = /(?:https?:\/\/|www\.)\S{1,4000}/giu;
const MAX_BLOCK_TEXT = 4000;
const MAX_SENTENCES = 300;
const MAX_SENTENCE = 400;
const MAX_CREDITS = 12;
/** The stretch of text next to a phrase where its outlet may stand. */
const SLOT = 90;
/** Words of a run the directory is asked about, and lower-case words skipped before it. */
const MAX_RUN = 8;
const MAX_SKIPPED = 2;
/** Matches of one shape tried per sentence. */
const MAX_MATCHES = 6;
/** Sentences of the top block that are its lead: wire leads credit in the first or second sentence. */
const LEAD_SENTENCES = 2;
/** A paragraph of running text (the lead), not a headline or a dateline line. */
const LEAD_PARAGRAPH = 100;

/** Where on the page a credit sits: where rewrites credit (the headline and lead, the last sentence) or elsewhere. */
export type CreditPlace = 'lead' | 'end' | 'middle';

export interface LeadCredit {
  block: PageBlock;
  claim: Claim;
  /** The sentence, as written. */
  quote: string;
  place: CreditPlace;
  /** The directory knows the outlet, or it is an address. */
  known: boolean;
  /**
   * In the lead, naming an outlet the directory knows; at the lead or the end, closing the sentence with the
   * outlet ("…, rapporterar SVT."): a claim on its own. An address written in a sentence is never strong.
   */
  strong: boolean;
}

/** The outlet a sentence credits, and whether the directory knows it (or it is an address). */
export interface SentenceCredit {
  claim: Claim;
  known: boolean;
  /** The outlet ends the sentence right after the phrase, the wire credit's shape: "…, reports AFP." */
  closing: boolean;
  /** The outlet is written in quotes ("«Арменпресс»"). */
  quoted?: boolean;
  /** A noun says it is an outlet, right before its name ("the weekly Name", "видання Name"): describedOutlet.ts. */
  described?: boolean;
  /** The outlet stands before the phrase, as its agent ("trend.az xəbər verir", "@ reported"), not after a preposition. */
  agent?: boolean;
}

type Side = 'after' | 'before';
interface Compiled {
  any: RegExp;
  /** Phrases whose outlet follows them ("according to @"): the match ends where the slot starts. */
  after: RegExp;
  /** The same with a stretch between the verb and the outlet's preposition ("said … to @"), tried apart. */
  afterGap: RegExp;
  /** Phrases whose outlet precedes them ("@ reported", "@에 따르면"): the match starts where the slot ends. */
  before: RegExp;
  /**
   * Phrases whose outlet opens the sentence, a stretch before the verb ("@ … istinadən xəbər verir ki": the outlet,
   * then whom it cites, then "reports"): the outlet is read at the sentence's start.
   */
  opening: RegExp;
  /** Phrases with the outlet inside ("wie @ berichtet"): group 1 is the slot. */
  middle: RegExp[];
}

const BEFORE_WORD = '(?<![\\p{L}\\p{N}])';
const AFTER_WORD = '(?![\\p{L}\\p{N}])';
const OUTLET = `([^\\n]{1,${SLOT}}?)`;

/** The letter a phrase starts or ends with, the first choice of a group standing for it (as compilePhrases reads it). */
function edgeOf(phrase: string, end: boolean): string {
  const chars = [...phrase.replace(/\{([^|}]*)[^}]*\}/gu, '$1').trim()];
  return (end ? chars.at(-1) : chars[0]) ?? '';
}

/** A literal part that starts (or ends) with a letter of a spaced script must start (or end) a word there. */
function spacedLetter(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c) && !NO_SPACE_SCRIPT_CHAR.test(c);
}

/** The matchers of every pack's `reportingVerbs`, built on first use. Exported for the pack test. */
export function creditPatterns(phrases: readonly string[] = phrasesOf('reportingVerbs', 'interviewCredits')): Compiled {
  const literals: string[] = [];
  const after: BoundedSource[] = [];
  const afterGap: BoundedSource[] = [];
  const before: BoundedSource[] = [];
  const opening: BoundedSource[] = [];
  const middle: RegExp[] = [];
  // "said … to @" also reads "said to @": the stretch between may be empty.
  // An outlet opening the sentence before a stretch ("@ … istinadən xəbər verir") keeps its stretch: read apart.
  const expanded = phrases.flatMap((p) => (p.includes(' … ') && !/^@\s*…/u.test(p) ? [p, p.replace(' … ', ' ')] : [p]));
  for (const p of expanded) {
    const at = p.indexOf('@');
    if (at < 0) continue;
    const head = p.slice(0, at);
    const tail = p.slice(at + 1);
    const h = head.trim();
    const t = tail.trim();
    // A suffix or prefix written against the outlet ("@:n mukaan", "ل«@") ends the word there: no bound.
    const headGlued = !!h && !/\s$/u.test(head);
    const tailGlued = !!t && !/^\s/u.test(tail);
    const open = (s: string) => (spacedLetter(edgeOf(s, false)) ? BEFORE_WORD : '');
    const close = (s: string, glued: boolean) => (!glued && spacedLetter(edgeOf(s, true)) ? AFTER_WORD : '');
    if (h) literals.push(h);
    if (t) literals.push(t);
    if (h && t)
      middle.push(
        new RegExp(
          `${open(h)}${phraseAlternation([h])}${close(h, headGlued)}\\s*${OUTLET}\\s*${open(tailGlued ? '' : t)}${phraseAlternation([t])}${close(t, false)}`,
          'iu',
        ),
      );
    else if (h)
      (h.includes('…') ? afterGap : after).push({
        source: phraseAlternation([h]),
        before: !!open(h),
        after: !!close(h, headGlued),
      });
    else if (t.startsWith('…')) {
      // A stretch inside the rest may be empty too ("hivatkozva … közölte" reads "hivatkozva közölte").
      const rest = t.slice(1).trim();
      const bounds = { before: !!open(rest), after: !!close(rest, false) };
      for (const r of new Set([rest, rest.replace(' … ', ' ')]))
        opening.push({ source: phraseAlternation([r]), ...bounds });
    } else if (t)
      before.push({ source: phraseAlternation([t]), before: !tailGlued && !!open(t), after: !!close(t, false) });
  }
  // Each word bound written once per run of phrases that need it: one per phrase made these the slowest matchers
  // of the scan to compile (compilePhrases' factoredAlternation).
  const alt = (pieces: BoundedSource[]) => new RegExp(factoredAlternation(pieces), 'giu');
  return {
    any: new RegExp(phraseAlternation(literals.map((l) => l.replace(/^.*…\s*/u, ''))), 'iu'),
    after: alt(after),
    afterGap: alt(afterGap),
    before: alt(before),
    opening: alt(opening),
    middle,
  };
}

/** Built on first use, per set of packs the page needs (data/lang/packSet.ts). */
const patterns = perPackSet((phrases) => creditPatterns(phrases('reportingVerbs', 'interviewCredits')));

/** The packs' `interviewCredits` alone, built the first time a known outlet is credited mid-text. */
const interviewPatterns = perPackSet((phrases) => creditPatterns(phrases('interviewCredits')));

/** Lines read as a page's signature, each at most this long, in at most this many blocks. */
const MAX_SIGNATURE = 100;
const MAX_SIGNATURE_BLOCKS = 400;

/** The page signs its text with this outlet: a byline or credit line naming it alone, dated or after a name. */
function signedBy(page: PageData, outlet: string): boolean {
  const key = (namedOutlet(outlet)?.name ?? outlet).toLowerCase();
  for (const b of page.blocks.slice(0, MAX_SIGNATURE_BLOCKS)) {
    if (b.hidden || b.region || b.inFigure || b.text.length > MAX_SIGNATURE * 3) continue;
    for (const line of b.text.split('\n', 3)) {
      const t = line.trim();
      if (!t || t.length > MAX_SIGNATURE) continue;
      const written = readCreditByline(t)?.written ?? readAgencyByline(t)?.written;
      if (written && (namedOutlet(written)?.name ?? written).toLowerCase() === key) return true;
    }
  }
  return false;
}

/** The sentence credits this outlet as the party told, asked or interviewing: its own reporting formula. */
function isInterviewCredit(sentence: string, outlet: string): boolean {
  return creditIn(sentence, interviewPatterns())?.claim.value === outlet;
}

/** A short capitalised word opening a sentence before a capitalised name: its article ("Az MTI", "Die TASR"). */
const ARTICLE_OPENING = /^\s*\p{Lu}\p{Ll}{0,2}\s+(?=\p{Lu})/u;
const ELIDED = /^\p{L}{1,5}['’](?=\p{Lu})/u;
const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;
const ONE_NAME = /^\p{Lu}[\p{L}\p{N}.-]{2,30}$/u;
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}\p{Lo}"“„«(])|(?<=[。！？])|\n+/u;

/**
 * Every in-sentence credit of the page's text blocks (the headline is one), the page's own name left out. A page
 * that credits two or more outlets the directory knows is citing, as digests, reviews and analyses do, not naming
 * the one source of its text: none of its credits is strong then.
 */
export function readLeadCredits(page: PageData, identity?: PageIdentity): LeadCredit[] {
  const { any } = patterns();
  const out: LeadCredit[] = [];
  // Outlets the page credits, those it names by their capitals alone too ("…, skriver Le Parisien."): a page citing
  // two or more is a digest or an analysis.
  const cited = new Set<string>();
  let sentences = 0;
  const blocks = page.blocks.slice(0, MAX_BLOCKS);
  // Without a main column (a bare capture), the first and last blocks of text are its edges.
  const textBlocks = blocks.filter(readable);
  const firstText = textBlocks[0]?.index ?? -1;
  const lastText = textBlocks.at(-1)?.index ?? -1;
  const leadIndex = leadBlockOf(textBlocks)?.index ?? firstText;
  scan: for (const block of textBlocks) {
    const text = block.text.slice(0, MAX_BLOCK_TEXT).normalize('NFC');
    if (!any.test(text)) continue;
    const where = page.main ? placeOf(page, block) : 'unknown';
    // The lead is the first paragraph of running text and what stands above it (headline, dateline), not the
    // second paragraph: "The figures were first reported by Reuters" there is commentary citing its source.
    // The lead found below a standfirst is the lead wherever the column's edges put it.
    const top =
      block.index <= leadIndex &&
      (where === 'top' || where === 'unknown' || (block.index === leadIndex && block.index >= (page.main?.start ?? 0)));
    // One block may hold the whole text (a capture's lines): its last sentence is still the text's last.
    const end = where === 'end' || block.index === lastText;
    const parts = text.split(SENTENCE_END, MAX_SENTENCES).filter((s) => s.trim());
    // A teaser repeated as the text's first sentence ("X will Y.\nX will Y. Z, berichtet …") is one sentence of the
    // lead, not two: repeats are not counted.
    let repeats = 0;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0 && parts[i]!.trim() === parts[i - 1]!.trim()) repeats++;
      if (++sentences > MAX_SENTENCES) break scan;
      const sentence = parts[i]!.trim().slice(0, MAX_SENTENCE);
      // A question about an outlet ("Is that what TASS writes?") credits nothing.
      if (!any.test(sentence) || /[?？]\s*["”»]?$/u.test(sentence)) continue;
      const c = creditIn(sentence);
      if (!c || (identity && isSelf(identity, c.claim))) continue;
      const place: CreditPlace =
        top && i - repeats < LEAD_SENTENCES ? 'lead' : end && i === parts.length - 1 ? 'end' : 'middle';
      // Capitalised words after "said" or "according to" are as often a person or a place as an outlet: only a name
      // the directory knows, an address, a quoted name or an acronym ("SVT", "БЕЛТА") is read as one.
      // One capitalised word closing the sentence ("…, piše Blic.") is an outlet's shape too: a person is credited by
      // a first and last name, and a place is not the agent of "reports" or "writes".
      const shaped =
        !!c.quoted ||
        !!c.described ||
        ACRONYM.test(c.claim.value) ||
        (c.closing && ONE_NAME.test(c.claim.value) && rightAfterPhrase(sentence, c.claim.value));
      if (c.known || shaped || c.closing) cited.add(c.claim.value.toLowerCase());
      if (!c.known && !shaped) continue;
      // An address in a sentence is most often a citation ("according to example.com, the average cost…"): weak,
      // unless it stands where a rewrite credits, the lead or the last sentence, as the agent of the report ("trend.az
      // xəbər verir ki") or closing the sentence ("…, skriver example.dk."): a site credited as a wire is.
      const address = c.claim.type !== 'name';
      const creditedAddress = address && place !== 'middle' && (c.closing || !!c.agent);
      // "told DW", "diz Lula à Folha", "meldt … aan Belga": the outlet's own reporting formula, which a copy keeps
      // wherever the sentence stands; commentary that cites it so names other outlets too (demoted below).
      // In the lead, an outlet the directory does not know counts when written in quotes, as the languages that quote
      // an organisation's name write it ("قال … لـ«X»", "сказал «X»").
      // A page signed with that outlet's name ("AFP" alone or dated under the title) is its licensed copy, which
      // the byline readers judge: the formula inside it adds nothing.
      // An introduction crediting the interviewer with the turns right after it ("…, según explica a ABC." then "— …"
      // lines) is that outlet's interview carried whole: an acronym or a quoted name is enough there (interviewFollows).
      const introduces = (where === 'top' || where === 'unknown') && shaped && interviewFollows(page, block);
      const interview =
        !address &&
        ((place === 'lead' ? !!c.quoted && !c.known : c.known) || introduces) &&
        isInterviewCredit(sentence, c.claim.value) &&
        !signedBy(page, c.claim.value);
      // An outlet the page calls one ("the weekly Name writes") is named as its source where rewrites credit, the
      // lead or the last sentence, whether or not the sentence ends with it.
      const strong =
        creditedAddress ||
        (!address &&
          (interview ||
            (place === 'lead'
              ? // A quoted name as the report's agent ("«Name» reported", "“Name” … xəbər verir ki") is an outlet's.
                c.known || (c.closing && shaped) || !!c.described || (!!c.agent && !!c.quoted)
              : place === 'end' && (c.closing || !!c.described))));
      out.push({ block, claim: c.claim, quote: sentence, place, known: c.known, strong });
      if (out.length >= MAX_CREDITS) break scan;
    }
  }
  return cited.size >= 2 ? out.map((c) => ({ ...c, strong: false })) : out;
}

/**
 * The name follows the phrase directly ("…, piše Blic."), not after a title or a first name ("…, skriver
 * seksjonssjef Ola Nordmann."), where the last capitalised word is a person's surname.
 */
function rightAfterPhrase(sentence: string, name: string): boolean {
  const at = sentence.lastIndexOf(name);
  if (at < 0) return false;
  const re = patterns().after;
  re.lastIndex = 0;
  for (let n = 0; n < MAX_MATCHES; n++) {
    const m = re.exec(sentence);
    if (!m) break;
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    if (/^\s*$/u.test(sentence.slice(m.index + m[0].length, at))) return true;
  }
  return false;
}

/**
 * The lead: the first paragraph of running text, or the one after it when that is a standfirst or a pull quote, one
 * sentence on its first line with at most short lines (a photo credit, a caption) below it; wire rewrites credit in
 * the paragraph that follows ("Teaser.\nFoto: X" then "Story. So says the ministry, writes example.dk.").
 */
function leadBlockOf(blocks: readonly PageBlock[]): PageBlock | undefined {
  const at = blocks.findIndex(isRunningText);
  if (at < 0) return undefined;
  const next = blocks[at + 1];
  return next && isStandfirst(blocks[at]!) && isRunningText(next) ? next : blocks[at];
}

/** Short lines under a standfirst: credits and captions. */
const MAX_STANDFIRST_TAIL_LINE = 60;

function isStandfirst(b: PageBlock): boolean {
  const [first = '', ...rest] = b.text.slice(0, MAX_BLOCK_TEXT).split('\n');
  return (
    first.trim().split(SENTENCE_END, 2).length === 1 && rest.every((l) => l.trim().length <= MAX_STANDFIRST_TAIL_LINE)
  );
}

/**
 * A paragraph of running text: long, not a heading, with a sentence that ends. A headline of a hundred characters
 * (or its repeat above the text) is no lead, and the paragraph below it is where the rewrite credits.
 */
function isRunningText(b: PageBlock): boolean {
  return (
    b.text.length >= LEAD_PARAGRAPH && !/^h[1-6]$/u.test(b.tag) && SENTENCE_STOP.test(b.text.slice(0, MAX_BLOCK_TEXT))
  );
}

/** A sentence's end inside the text or at its end. */
const SENTENCE_STOP = /[.!?…。！？؟।](?:["”»’)]*)(?:\s|$)/u;

function readable(b: PageBlock): boolean {
  return !b.hidden && b.region === null && !b.inFigure && !b.nearMedia && !b.inTable;
}

/** The outlet one sentence credits, if a phrase of the packs holds one. */
export function creditIn(sentence: string, compiledPatterns: Compiled = patterns()): SentenceCredit | null {
  const s = sentence.slice(0, MAX_SENTENCE);
  let weak: SentenceCredit | null = null;
  const keep = (c: SentenceCredit | null): SentenceCredit | null => {
    if (c && !weak) weak = c;
    return c?.known ? c : null;
  };
  // A reporting word inside a written address ("…/reports/…", "…/said-the-mayor") is no phrase.
  const addresses = [...s.matchAll(WRITTEN_URL)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAddress = (at: number) => addresses.some(([a, b]) => at >= a && at < b);
  for (const which of ['after', 'afterGap', 'before'] as const) {
    const re = compiledPatterns[which];
    const side: Side = which === 'before' ? 'before' : 'after';
    re.lastIndex = 0;
    for (let n = 0; n < MAX_MATCHES; n++) {
      const m = re.exec(s);
      if (!m) break;
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      if (inAddress(m.index)) continue;
      const end = m.index + m[0].length;
      // A phrase ending in an opening quote ("لـ«@") leaves it to the slot, which reads the quoted name.
      const from = OPENING_QUOTE.test(m[0].at(-1) ?? '') ? end - 1 : end;
      // A sentence that goes on past the slot does not end with the outlet: the mark keeps `closing` false.
      const slot =
        side === 'after'
          ? s.slice(from, end + SLOT) + (end + SLOT < s.length ? ' …' : '')
          : s.slice(Math.max(0, m.index - SLOT), m.index);
      const read = outletIn(slot, side);
      const found = keep(read && side === 'before' ? { ...read, agent: true } : read);
      if (found) return found;
    }
  }
  // The outlet opening the sentence, whom it cites between it and the verb: a name the directory knows, an address
  // or a quoted name only, never capitalised words (a person opens sentences as often).
  const opening = compiledPatterns.opening;
  opening.lastIndex = 0;
  const o = opening.exec(s);
  if (o && o.index > 0) {
    const head = s.slice(0, Math.min(o.index, SLOT));
    // A sentence opens the outlet with its article ("Az MTI …", "El País" keeps its own): tried without it too.
    const read = [head, head.replace(ARTICLE_OPENING, '')]
      .map((h) => outletIn(h, 'after', true))
      .find((r) => r?.known || r?.quoted);
    if (read) return { ...read, agent: true };
  }
  for (const re of compiledPatterns.middle) {
    const m = re.exec(s);
    if (m?.[1]) {
      const found = keep(outletIn(m[1], 'after', true));
      if (found) return found;
    }
  }
  return weak;
}

/**
 * An article before an opening quote: the packs' short `publisherDescriptors` ("the", "le", "die", "el", "o"), which
 * say nothing of the name but stand before it. Built per pack set; literals only, anchored.
 */
const articleBeforeQuote = perPackSet((phrases) => {
  const articles = phrases('publisherDescriptors').filter((p) => p.replace(/[{}|]/gu, '').length < 4);
  return new RegExp(`^${phraseAlternation(articles)}\\s+(?=[«“„"'‚‹])`, 'iu');
});

/** What may follow an outlet that closes its sentence: quotes, brackets, the stop. */
const CLOSES = /^[\s»”“"'’‘›」』》)\].!?…。]*$/u;
const OPENING_QUOTE = /[«“„"'‚‹「『《]/u;
// German and other languages close „…“ with the mark English opens with.
const QUOTED = /^[«“„"'‚‹「『《]([^«»“”„"'‹›「」『』《》\n]{1,80})[»”“"'‘›」』》]/u;
const QUOTED_END = /[«“„"'‚‹「『《]([^«»“”„"'‹›「」『』《》\n]{1,80})[»”“"'‘›」』》]$/u;
// Single curly quotes ‘…’ too (English and Hindi quote an outlet so), with the German pair ‚…‘.
const EDGE_PUNCT = /^[\s([«“„"'‚‘‹「『《]+|[\s)\]»”"'‘’›」』》:,;.!?،؛۔।]+$/gu;

/**
 * The outlet a slot holds: an address, then the longest run of words the directory knows as an outlet (next to the
 * phrase: the first words after it, the last words before it), then a quoted name or capitalised words (unknown).
 */
export function outletIn(slot: string, side: Side, whole = false): SentenceCredit | null {
  const s = side === 'after' ? slot.trimStart() : slot.trimEnd();
  if (!s) return null;
  const closing = (name: string) => side === 'after' && !whole && CLOSES.test(s.slice(s.indexOf(name) + name.length));
  const address = addressIn(s, side);
  if (address) return { claim: address, known: true, closing: closing(s.split(/\s+/u)[0] ?? '') };
  const known = knownOutletIn(s, side);
  if (known) return { claim: { value: known, type: 'name', via: 'source-line' }, known: true, closing: closing(known) };
  const described = describedOutlet(s, side);
  if (described)
    return {
      claim: { ...described, via: 'source-line' },
      known: described.type !== 'name',
      closing: closing(described.value),
      described: true,
    };
  // Quoted ("«Арменпресс»", "“Report”") or capitalised words the directory does not know: weak. After the phrase, an
  // article may stand before the quote ("berichtet die „Name“", "écrit le « Name »", "informa el “Name”").
  const unarticled = side === 'after' ? s.replace(articleBeforeQuote(), '') : s;
  const quoted = side === 'after' ? QUOTED.exec(unarticled) : QUOTED_END.exec(s);
  // After an article, a quote in lower case is a phrase ("die „alte Regel“"), not a name.
  const inQuotes = unarticled !== s && !/^\s*[\p{Lu}\p{N}]/u.test(quoted?.[1] ?? '') ? undefined : quoted?.[1];
  if (inQuotes && /\p{L}{2}/u.test(inQuotes))
    return {
      claim: { value: inQuotes.trim(), type: 'name', via: 'source-line' },
      known: false,
      closing: closing(inQuotes),
      quoted: true,
    };
  // Capitals mark a name only in scripts that have them: an Arabic or Thai word after a verb is any word.
  const edgeWord = (side === 'after' ? s.split(/\s+/u)[0] : s.split(/\s+/u).at(-1)) ?? '';
  if (!/^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{N}\p{P}]+$/u.test(edgeWord))
    return null;
  const byShape = outletOf(s, side === 'after' ? (whole ? 'middle' : 'last') : 'first');
  if (byShape?.type !== 'name' || byShape.value.length < 2) return null;
  return { claim: byShape, known: false, closing: closing(byShape.value) };
}

/** A URL or a host written at the slot's edge next to the phrase. */
function addressIn(s: string, side: Side): Claim | null {
  const words = s.split(/\s+/u);
  const edge = (side === 'after' ? words[0] : words.at(-1))?.replace(EDGE_PUNCT, '') ?? '';
  const url = URL_TEXT_RE.exec(edge)?.[0];
  if (url && edge.startsWith(url.slice(0, 4))) {
    const value = (/^www\./iu.test(url) ? `https://${url}` : url).replace(/[.,;:)\]]+$/u, '');
    // A document's, a picture's or a paper's address cites it: neither it nor its site is an outlet.
    return documentAddress(value) ? null : { value, type: 'url', via: 'source-line' };
  }
  // A host glued to a case ending ("example.az-a", "Nümunə.az-ın") is the host; Turkic capitals write a dotted "İ".
  const host = edge.replace(/[-'’][\p{L}]{1,4}$/u, '').replace(/İ/gu, 'I');
  // A site's name is two letters or more, or letters with digits ("x24.az"); "v2.0" and "No.1" are none.
  const name = host.split('.')[0] ?? '';
  if (
    HOST_TEXT_RE.test(host) &&
    /\.[a-z]{2,}$/iu.test(host) &&
    (/[a-z]{2}/iu.test(name) || /^(?=.*[a-z])(?=.*\d)[a-z\d]{2,}$/iu.test(name))
  )
    return { value: host.toLowerCase(), type: 'host', via: 'source-line' };
  return null;
}

/**
 * The longest run of words next to the phrase that the directory knows as an outlet, as the page writes it. In a
 * script written without spaces, the longest run of characters.
 */
function knownOutletIn(s: string, side: Side): string | null {
  const edgeChar = side === 'after' ? [...s][0] : [...s].at(-1);
  if (edgeChar && NO_SPACE_SCRIPT_CHAR.test(edgeChar)) return knownRunOfChars(s, side);
  const all = s.split(/\s+/u).filter(Boolean);
  // A name does not run over a comma or a stop: "the BBC, the minister said" is "the BBC".
  const words: string[] = [];
  for (const w of side === 'after' ? all.slice(0, MAX_RUN) : all.slice(-MAX_RUN).reverse()) {
    if (side === 'before' && words.length && /[,;:.!?，、。]$/u.test(w)) break;
    words.push(w);
    if (side === 'after' && /[,;:!?，、。]$|[^.\p{Lu}]\.$/u.test(w)) break;
  }
  // Next to the phrase first; a word or two of lower case may stand between ("the agency Lusa", "агентство ТАСС",
  // "Reuters news agency reported").
  for (let skip = 0; skip <= MAX_SKIPPED; skip++) {
    if (skip > 0 && !/^\p{Ll}/u.test(words[skip - 1]?.replace(EDGE_PUNCT, '') ?? '')) break;
    for (let n = Math.min(words.length - skip, MAX_RUN); n >= 1; n--) {
      const run = words.slice(skip, skip + n);
      // An elided article glued to the name is no part of it: "l'ANSA", "dell'AFP".
      const name = (side === 'after' ? run : [...run].reverse()).join(' ').replace(EDGE_PUNCT, '').replace(ELIDED, '');
      // A lower-case name is an agency's short one ("dpa"), never a word that merely names an agency ("dell'agenzia").
      if (name.length < 2 || (/^\p{Ll}/u.test(name) && (run.length > 1 || name.length > 4))) continue;
      const outlet = namedOutlet(name);
      // A run of several words that only says "agency" somewhere ("MSN Angebote von Nachrichtenagenturen") is no
      // name: the directory's guess by an agency word holds for a short name only.
      if (outlet && !(outlet.kind === 'agency' && outlet.name === name && run.length > 2)) return name;
    }
  }
  return null;
}

function knownRunOfChars(s: string, side: Side): string | null {
  const chars = [...s.slice(side === 'after' ? 0 : -24)];
  const max = Math.min(chars.length, 16);
  for (let n = max; n >= 2; n--) {
    const run = (side === 'after' ? chars.slice(0, n) : chars.slice(-n)).join('').trim();
    if (/[\s，。、,.:：]/u.test(run)) continue;
    if (namedOutlet(run)) return run;
  }
  return null;
}
