/**
 * Read-more lines that end an excerpt ("Read the full story at X", "Leia mais em X", "Читати новину на сайті X",
 * "X에서 원문 보기", a bare "Continue reading" linked to another site), with the outlet or link they send the reader
 * to and the excerpt above them (the paragraphs the aggregator kept, which the original must contain).
 *
 * A read-more line is a claim only where an excerpt ends: the last lines of a block at the end of the text, or, on
 * a page of several excerpts, each item's last line. The outlet must read as an outlet: a link or URL to another
 * site, a host, or a short name that starts like a name (a lower-case word is an ordinary sentence: "read more in
 * our newsletter"). A page's own read-more (its own brand or site) is dropped by the scan (page identity).
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { stripTrailingPunctuation } from '../url/stripTrailingPunctuation.ts';
import { unwrapFeedRedirect } from '../url/unwrapFeedRedirect.ts';
import { creditAbove } from './creditAbove.ts';
import { namedOutlet } from './namedOutlet.ts';
import { readMoreMatchersAt, startsOf, TAIL } from './readMorePatterns.ts';
import { HOST_TEXT_RE, sourceLinePatterns, URL_TEXT_RE } from './sourceLinePatterns.ts';
import { placeOf } from './sourceLinePlace.ts';

/** Blocks longer than this are not an excerpt's last paragraph plus a read-more line. */
const MAX_BLOCK = 4000;
/** Lines of a block tried, from its end. */
const LAST_LINES = 5;
/** The longest line after a read-more line read as the page's chrome (a related headline, a tag list's title). */
const CHROME_LINE = 160;
/** Read-more lines kept per page (a page of excerpts has one per item). */
const MAX_FOUND = 12;
/** An excerpt is one to three paragraphs: at most this many blocks above the line, and this many words. */
const EXCERPT_BLOCKS = 4;
const EXCERPT_WORDS = 600;
const MAX_NAME = 60;
/** The longest line read as the next item's title in a text capture. */
const HEADING = 200;
const MAX_NAME_WORDS = 6;

export interface FoundReadMore {
  block: PageBlock;
  /** The read-more line as written (capped). */
  line: string;
  /** The phrase as written ("Read the full story at"). */
  phrase: string;
  claim: Claim;
  /** The excerpt above the line (paragraphs, the inline part first trimmed of the line), for containment. */
  excerpt: string[];
}

const cache = new WeakMap<PageData, FoundReadMore[]>();

/** Every read-more line of the page with its claim and excerpt, in page order (cached: scan and check both ask). */
export function findReadMore(page: PageData): FoundReadMore[] {
  const cached = cache.get(page);
  if (cached) return cached;
  const found: FoundReadMore[] = [];
  const candidates: { b: PageBlock; hit: Hit }[] = [];
  for (const b of page.blocks) {
    if (candidates.length >= MAX_FOUND * 2) break;
    if (b.hidden || b.region || b.inFigure || b.inTable || b.text.length > MAX_BLOCK) continue;
    if (listed(page, b)) continue;
    const hit = readBlock(page, b);
    if (hit) candidates.push({ b, hit });
  }
  // One line at the end of the text, or one per item on a page of excerpts: a lone line in the middle of a long
  // article is a link to a related story, not where an excerpt ends.
  const several = candidates.length >= 2;
  for (const { b, hit } of candidates) {
    if (found.length >= MAX_FOUND) break;
    const place = placeOf(page, b);
    if (place === 'middle' && !several && !closesSection(page, b)) continue;
    // A short page is all "top": its last text block still ends the text.
    if (place === 'top' && !several && b.index > (page.main?.start ?? 0) + 1 && !lastText(page, b)) continue;
    found.push({ block: b, ...hit, excerpt: excerptAbove(page, b, hit.before) });
  }
  cache.set(page, found);
  return found;
}

interface Hit {
  line: string;
  phrase: string;
  claim: Claim;
  /** The text of the block before the read-more line (an inline line follows the excerpt's last sentence). */
  before: string;
}

function readBlock(page: PageData, b: PageBlock): Hit | null {
  const text = b.text.normalize('NFC');
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - LAST_LINES); i--) {
    const full = lines[i] ?? '';
    if (!full.trim()) continue;
    const cut = Math.max(0, full.length - TAIL);
    const line = full.slice(cut);
    const hit = readLine(page, b, line);
    if (hit) {
      const before = [...lines.slice(0, i), full.slice(0, cut + hit.at)].join('\n').trim();
      // A bare "Continue reading" with no link (a text capture keeps none): the item's credit above names the outlet.
      const claim = hit.claim ?? creditAbove(page, b, before);
      if (!claim) return null;
      return { line: line.slice(hit.at).trim().slice(0, 300), phrase: hit.phrase, claim, before };
    }
    // Only the last non-empty line ends an excerpt, unless what follows it is the page's chrome: a link list's tail
    // ("Share", a date) or, in a text capture, the related headlines under it (no sentence's full stop).
    if (!chromeLine(full.trim())) break;
  }
  return null;
}

/** A short line, or a headline's: no sentence's closing stop (a question may be a headline). */
function chromeLine(t: string): boolean {
  return t.length <= 40 || (t.length <= CHROME_LINE && !/[.!;:,…。！]["'”’»)]*$/u.test(t));
}

/** A read-more line in `line`; `claim` is null for a bare phrase ("Continue reading") with no link off the site. */
function readLine(
  page: PageData,
  b: PageBlock,
  line: string,
): { at: number; phrase: string; claim: Claim | null } | null {
  let bare: { at: number; phrase: string; claim: null } | null = null;
  for (const at of startsOf(line)) {
    const hit = readAt(page, b, line, at);
    if (hit?.claim) return { at, ...hit };
    if (hit && !bare) bare = { at, phrase: hit.phrase, claim: null };
  }
  return bare;
}

/** A read-more line starting exactly at `at` (the patterns are sticky). */
function readAt(
  page: PageData,
  b: PageBlock,
  line: string,
  at: number,
): { phrase: string; claim: Claim | null } | null {
  const matchers = readMoreMatchersAt(line, at);
  if (!matchers) return null;
  const { outlet, outletFirst, bare: bareRe } = matchers;
  // The first group that reads an outlet, and within it the longest phrase (one alternation split over regexes).
  let best: { phrase: string; claim: Claim; group: number } | null = null;
  for (const { re, marked, group } of outlet) {
    if (best && group !== best.group) break;
    re.lastIndex = at;
    const m = re.exec(line);
    const claim = m ? outletClaim(page, b, m[2] ?? '', m[0], marked) : null;
    const phrase = (m?.[1] ?? '').trim();
    if (m && claim && (!best || phrase.length > best.phrase.length)) best = { phrase, claim, group };
  }
  if (best) return { phrase: best.phrase, claim: best.claim };
  if (outletFirst) {
    outletFirst.lastIndex = at;
    const m = outletFirst.exec(line);
    const claim = m ? outletClaim(page, b, m[1] ?? '', m[0], true) : null;
    if (m && claim) return { phrase: (m[2] ?? '').trim(), claim };
  }
  if (!bareRe) return null;
  bareRe.lastIndex = at;
  const bare = bareRe.exec(line);
  if (bare) {
    const phrase = (bare[1] ?? '').trim();
    // The link may be the phrase or a generic word closing it ("Read the full story <a>here</a>", "… click here"):
    // then its host is the outlet.
    const said = bare[0].toLowerCase();
    const link = offSiteLink(page, b, (t) => t.includes(phrase.toLowerCase()) || said.includes(t));
    // "Read the original article (The Conversation)", "Zum Originalartikel (dpa)": the outlet in the brackets that
    // close the phrase, where a note ("(subscription required)") usually stands.
    const noted = link
      ? null
      : notedOutlet(page, bare[0].slice((bare[1] ?? '').length + bare[0].indexOf(bare[1] ?? '')));
    if (noted) return { phrase, claim: noted };
    // A bare phrase linked to the page's own site (its "Continue reading" to the full post) names nothing.
    if (link || !b.linkHrefs.length) return { phrase, claim: link };
  }
  return null;
}

/** The source an outlet names: a link on the line, a URL or host written out, or a name that reads as one. */
function outletClaim(page: PageData, b: PageBlock, raw: string, matched: string, marked: boolean): Claim | null {
  const lower = matched.toLowerCase();
  const link = offSiteLink(page, b, (t) => lower.includes(t));
  if (link) return link;
  const url = URL_TEXT_RE.exec(raw)?.[0];
  if (url) {
    const value = httpUrl(/^www\./i.test(url) ? `https://${url}` : url);
    return value && !sameSiteAs(page, value) ? { value, type: 'url', via: 'source-line' } : null;
  }
  const name = cleanOutlet(raw);
  if (!name) return null;
  if (HOST_TEXT_RE.test(name)) {
    if (sameSiteAs(page, `https://${name}`)) return null;
    return name.includes('/')
      ? { value: httpUrl(`https://${name}`) ?? name, type: 'url', via: 'source-line' }
      : { value: name.toLowerCase(), type: 'host', via: 'source-line' };
  }
  return readsAsName(name, marked) ? { value: name, type: 'name', via: 'source-line' } : null;
}

const NOTE_IN_BRACKETS = /^\s*[(（]([^()（）\n]{2,60})[)）]/u;
/**
 * A paper's initials ("(NWZ)", "(KZT)", "(ВНГ)"): three to six capitals, a digit allowed after the first. Two letters
 * are as often a language code ("(EN)"), so those go through the directory.
 */
const INITIALS = /^\p{Lu}[\p{Lu}\d]{2,5}$/u;
/** Capitals in brackets that are a file's or a medium's format, not an outlet. */
const FORMATS = new Set(
  'PDF DOC DOCX XLS XLSX PPT PPTX RTF TXT CSV XML HTML RSS MP3 MP4 AVI MOV GIF JPG JPEG PNG AMP UHD LIVE'.split(' '),
);

/**
 * An outlet written in the brackets after a bare read-more phrase: a host, a name the directory knows, or a paper's
 * initials; not any capitalised note, since a note is as often a format or a language ("(PDF)", "(English)").
 */
function notedOutlet(page: PageData, rest: string): Claim | null {
  const inside = NOTE_IN_BRACKETS.exec(rest)?.[1]?.trim();
  if (!inside) return null;
  if (HOST_TEXT_RE.test(inside) && !inside.includes('/'))
    return sameSiteAs(page, `https://${inside}`)
      ? null
      : { value: inside.toLowerCase(), type: 'host', via: 'source-line' };
  if (namedOutlet(inside)) return { value: inside, type: 'name', via: 'source-line' };
  return INITIALS.test(inside) && !FORMATS.has(inside) ? { value: inside, type: 'name', via: 'source-line' } : null;
}

/** The first link of the block leaving the site whose text the read-more line carries. */
function offSiteLink(page: PageData, b: PageBlock, carried: (linkText: string) => boolean): Claim | null {
  for (const l of page.links) {
    if (l.block !== b.index || l.hidden) continue;
    const t = l.text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!t || !carried(t)) continue;
    const value = httpUrl(l.href);
    if (value && !sameSiteAs(page, value)) return { value, type: 'url', via: 'source-line' };
  }
  return null;
}

function sameSiteAs(page: PageData, url: string): boolean {
  const site = siteOf(hostOf(url));
  return !site || site === page.site || (page.site !== null && sameOrganisation(site, page.site));
}

function httpUrl(raw: string): string | null {
  const u = stripTrailingPunctuation(raw.trim());
  try {
    const parsed = new URL(u);
    // A feed aggregator's redirect ("Read full story: news.google.com/rss/articles/…") stands for its article.
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? (unwrapFeedRedirect(u) ?? u) : null;
  } catch {
    return null;
  }
}

/** The outlet cut at what follows it: a title after a colon or bar, a date, a note in brackets, quotes. */
function cleanOutlet(raw: string): string | null {
  let t = raw.split(/\s*[:：|•·]\s+|\s[-–—]\s|\s\(|\s{2,}/u)[0] ?? '';
  t = t.replace(/^["'“”‘’«»「『„]+|["'“”‘’«»」』]+$/gu, '');
  t = stripTrailingPunctuation(t)
    .replace(/^["'“”‘’«»「『„]+|["'“”‘’«»」』]+$/gu, '')
    .trim();
  // "le journal Challenges", "газета X": a descriptor of more than an article before a capitalised name.
  const descriptor = sourceLinePatterns().descriptor.exec(t);
  if (descriptor && descriptor[0].length > 5) t = t.slice(descriptor[0].length - 1);
  return t || null;
}

/**
 * A name of an outlet: short, few words, starting like a name (or in a shape that marks it: words after it), or
 * one the publisher directory knows.
 */
function readsAsName(name: string, marked: boolean): boolean {
  if (name.length > MAX_NAME || !/\p{L}/u.test(name)) return false;
  if (name.split(/\s+/u).length > MAX_NAME_WORDS) return false;
  if (marked || namedOutlet(name)) return true;
  // A lower-case first letter in a cased script is a sentence going on ("our newsletter", "the app").
  return !/^\p{Ll}/u.test(name);
}

/** The excerpt the line closes: the block's text before it, and up to a few prose blocks above, in page order. */
function excerptAbove(page: PageData, b: PageBlock, before: string): string[] {
  const out: string[] = [];
  let words = wordsOf(before);
  if (before) out.push(before);
  for (let i = b.index - 1; i >= 0 && out.length < EXCERPT_BLOCKS && words < EXCERPT_WORDS; i--) {
    const p = page.blocks[i];
    if (!p || p.hidden || p.region || p.inFigure) continue;
    if (/^h[1-6]$/u.test(p.tag) || readBlock(page, p)) break;
    words += wordsOf(p.text);
    out.unshift(p.text);
  }
  return out;
}

/**
 * The line ends a section: the next text is a heading ("More news", the next item's title) or there is none. A
 * related-story link in the middle of an article is followed by more of the article's paragraphs.
 */
function closesSection(page: PageData, b: PageBlock): boolean {
  for (let i = b.index + 1; i < page.blocks.length; i++) {
    const next = page.blocks[i];
    if (!next || next.hidden || !next.text.trim()) continue;
    return /^h[1-6]$/u.test(next.tag) || next.region !== null || headingLike(next.text);
  }
  return true;
}

/**
 * A text capture keeps no heading tags: the next item's title or date is a short line of its own that ends
 * without a sentence's punctuation ("Sunday, August 20, 2023", "Outlet: “Another headline”").
 */
function headingLike(text: string): boolean {
  const t = text.trim();
  return t.length <= HEADING && !t.includes('\n') && !/[.!?;:,…。！？]$/u.test(t);
}

/**
 * An item of a list of several: a "related articles" list ("Read more at the harbour museum" linked to another
 * site), not the line that closes an excerpt.
 */
function listed(page: PageData, b: PageBlock): boolean {
  if (b.tag !== 'li') return false;
  return page.blocks[b.index - 1]?.tag === 'li' || page.blocks[b.index + 1]?.tag === 'li';
}

/** No visible text follows the block: it ends the page's text. */
function lastText(page: PageData, b: PageBlock): boolean {
  for (let i = b.index + 1; i < page.blocks.length; i++) {
    const next = page.blocks[i];
    if (next && !next.hidden && !next.region && next.text.trim()) return false;
  }
  return true;
}

const wordsOf = (t: string): number => t.split(/\s+/u).filter(Boolean).length;
