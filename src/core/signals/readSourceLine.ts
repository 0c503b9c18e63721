/**
 * One block read as a possible source line: each of its first lines is tried for a label ("Nguồn:", "Source:"),
 * then a lead ("Theo …", "Read more at …"), then a "first published elsewhere" phrase, and the claim it makes is
 * kept only where the context rules accept it. Long lines and paragraphs that go on are not credit lines.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { CAPTION_CLASS } from '../data/citationContexts.ts';
import { acceptableName, acceptSourceClaim, navigational } from './acceptSourceClaim.ts';
import { readSourceClaim, sourceLinkClaim } from './readSourceClaim.ts';
import { MEDIA_OR_DATA_LABEL } from '../data/citationContexts.ts';
import { sourceLinePatterns } from './sourceLinePatterns.ts';
import { isTemplateLine } from './isTemplateLine.ts';
import { readCitedClipping, readClipping } from './readClipping.ts';
import { outletOf } from './readOriginNote.ts';
import { placeOf, type Place } from './sourceLinePlace.ts';

// "Read more at…" and "originally published by…" lines are credits, not paragraphs that mention a first edition.
const MAX_PHRASE_LINE = 220;
const MAX_LINES = 8;
/** A name under a label alone on its line: a few words. */
const MAX_STACKED_WORDS = 6;

export interface FoundSourceLine {
  block: PageBlock;
  claim: Claim | null;
  /**
   * `shape`: read by its shape alone (readSourceShape), no phrase of the tables. `credit`: an outlet credited inside
   * a sentence (readLeadCredit). `address`: an article's address opening or closing a pasted article
   * (readPastedAddress).
   */
  how: 'label' | 'lead' | 'clipping' | 'origin' | 'end-credit' | 'shape' | 'credit' | 'address';
  /** The label, lead or phrase as written on the page. */
  label: string;
  place: Place;
  /** The line that holds the credit, when it is one line of a longer block (an item of an archive page). */
  quote?: string;
}

/** `at` overrides where the block sits: a line that ends an item of a multi-item page is at that item's end. */
export function readSourceLine(page: PageData, b: PageBlock, at?: Place): FoundSourceLine | null {
  const whole = b.text.normalize('NFC');
  const place = at ?? placeOf(page, b);
  // "(Source: X)" in brackets next to a picture is an image credit; "(Theo VnExpress)" at the end is a source.
  if (/^[([（［].*[)\]）］]$/su.test(whole) && b.nearMedia) return null;
  const caption = CAPTION_CLASS.test(b.className);
  // A republishing policy shows how to credit ("… appeared in [Publication]"): a template names no source.
  if (isTemplateLine(whole, linkTextsOf(page, b))) return null;
  // Meta blocks hold several lines ("发稿时间：…\n来源：…"); a credit may start any of them.
  let offset = 0;
  for (let i = 0; i < MAX_LINES && offset < whole.length; i++) {
    const found = readFrom(page, b, whole.slice(offset), whole.length, place, caption);
    if (found) return found;
    const next = whole.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return null;
}

function readFrom(
  page: PageData,
  b: PageBlock,
  text: string,
  length: number,
  place: Place,
  caption: boolean,
): FoundSourceLine | null {
  const patterns = sourceLinePatterns();
  const label = patterns.label.exec(text) ?? bareLabel(page, b, text) ?? tightLabel(text) ?? stackedLabel(text);
  if (label) {
    const word = label[1] ?? '';
    const rest = (label[2] ?? '').trim();
    // "Source / Photo:": a paired field with a media or data word credits a picture or a chart.
    if (MEDIA_OR_DATA_LABEL.test(label[0].slice(0, label[0].length - (label[2] ?? '').length))) return null;
    const credit = /^(?:credit|crédito|crédit|via|vía)$/iu.test(word);
    const claim = readSourceClaim(page, b, rest);
    if (claim && acceptSourceClaim(page, b, claim, { rest, place, caption, credit }))
      return { block: b, claim, how: 'label', label: word, place };
    return null;
  }

  const phraseOk = length <= MAX_PHRASE_LINE && !goesOn(text);
  const lead = phraseOk ? patterns.lead.exec(text) : null;
  if (lead) {
    const word = lead[1] ?? lead[2] ?? '';
    const rest = (lead[3] ?? '').trim();
    const claim = clauseCut(readSourceClaim(page, b, rest, true), rest);
    if (
      claim &&
      acceptSourceClaim(page, b, claim, { rest, place, caption, credit: false, navigates: navigational(word) })
    )
      return { block: b, claim, how: 'lead', label: word, place };
    // A lead whose name is refused may still start a clipping ("转自2016年…《…》"): only the clipping reader tries.
    return readClipping(page, b, text, place, caption);
  }

  // "Article paru dans Le Monde du …", "da “La Stampa”, 8 novembre": a clipping names the paper it was printed in.
  // A citation's headline is a sentence of its own ("Roe, J. (2019). Pier to close. Harbour Courier, p. 4.").
  const clipping = phraseOk
    ? readClipping(page, b, text, place, caption)
    : length <= MAX_PHRASE_LINE
      ? readCitedClipping(page, b, text, place, caption)
      : null;
  if (clipping) return clipping;

  for (const re of phraseOk ? patterns.origins : []) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice((m.index ?? 0) + m[0].length).trim();
    const claim = clauseCut(readSourceClaim(page, b, after, true), after);
    if (caption || (b.nearMedia && !claim)) return null;
    // The phrase itself says "first published elsewhere": enough even without a recognisable name.
    return {
      block: b,
      claim: claim && acceptableName(claim, after) ? claim : sourceLinkClaim(page, b),
      how: 'origin',
      label: m[0],
      place,
    };
  }
  return null;
}

/**
 * "first published by Harbour Weekly and is republished with permission", "… under a Creative Commons licence": a
 * republication statement goes on after the outlet; the outlet is the run of name words (readOriginNote's outletOf).
 */
function clauseCut(claim: Claim | null, after: string): Claim | null {
  if (claim?.type !== 'name') return claim;
  const name = outletOf(after, 'last');
  // Only a clause going on in lower case right after the name ("… and is republished", "… under a licence"); after
  // a comma a sentence goes on ("Theo AFP, ông …"), which is no credit line at all.
  const rest = name?.type === 'name' && claim.value.startsWith(name.value) ? claim.value.slice(name.value.length) : '';
  return name && /^\s+\p{Ll}/u.test(rest) ? { ...claim, value: name.value } : claim;
}

/**
 * A label run straight into a link, as themes print it ("SOURCE" badge + <a>VnExpress</a> → "SOURCEVnExpress"):
 * accepted only when what follows the label is exactly the text of a link in the block.
 */
function bareLabel(page: PageData, b: PageBlock, text: string): RegExpExecArray | null {
  if (!b.linkHrefs.length || text.length > 120) return null;
  const m = sourceLinePatterns().bareLabel.exec(text);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  return page.links.some((l) => l.block === b.index && l.text.trim() === rest) ? m : null;
}

/** "ที่มา thaifreenews": a label of a script without spaces, a space, then a short name in another script. */
function tightLabel(text: string): RegExpExecArray | null {
  const m = sourceLinePatterns().tightLabel.exec(text);
  return m && (m[2] ?? '').split('\n')[0]!.trim().length <= 60 ? m : null;
}

/**
 * "Source\nSome Agency": a label alone on its line and one short name on the next (a field list flattened). Not a
 * heading over a list of references or a paragraph: the next line is a few words, no sentence, no numbering.
 * Returns the label and the name as groups 1 and 2, group 0 ending with the name.
 */
function stackedLabel(text: string): RegExpExecArray | null {
  const m = sourceLinePatterns().stackedLabel.exec(text);
  const name = (m?.[2] ?? '').trim();
  if (!m || !name || name.split(/\s+/u).length > MAX_STACKED_WORDS) return null;
  if (/^[\p{N}\p{P}\p{S}]/u.test(name) && !/^[«"“„'‘]/u.test(name)) return null;
  if (/[.!?。！？]\s+\S/u.test(name)) return null;
  const head = m[0].slice(0, m[0].indexOf(m[2] ?? ''));
  const found = [head + (m[2] ?? ''), m[1] ?? '', m[2] ?? ''] as unknown as RegExpExecArray;
  found.index = 0;
  found.input = text;
  return found;
}

function linkTextsOf(page: PageData, b: PageBlock): string[] {
  return b.linkHrefs.length ? page.links.filter((l) => l.block === b.index).map((l) => l.text) : [];
}

/** More sentences after the first: a paragraph that mentions a first edition, not a credit line. */
function goesOn(text: string): boolean {
  const m = /[.!?。！？]\s+(?=\p{Lu})/u.exec(text);
  return (
    !!m &&
    text
      .slice(m.index + m[0].length)
      .split(/\s+/)
      .filter(Boolean).length >= 4
  );
}
