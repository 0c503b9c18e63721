/**
 * A source line read by its shape, whatever its label says: a short block at the top or the end of the article,
 * made of a short head (one to four words of any language, then a colon, a dash or nothing but a link) and a value
 * that names ANOTHER site: a link or a URL to one of its articles, its host, or a publisher the directory knows.
 * The phrase tables (readSourceLine) know the labels scrapers use in 37 languages; a generator or a language they
 * do not know writes other words in the same shape ("<any label>: <link to the original>"). Features are weighed into
 * one score (`shapeScore`); the weights and the thresholds were chosen on the shared corpus, `test/real/dev` and the
 * unit tables, never on the held-out draws or the perturbation suite.
 *
 * What the shape alone cannot tell apart is refused before scoring, from the negative families the engine already
 * keeps: picture, data and author credits (their label words), data providers and picture libraries, the page
 * naming itself (page identity), dates, social and sharing platforms, sentences.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData, PageLink } from '../page/readPage.ts';
import { isSelf, sameName, type PageIdentity } from '../page/pageIdentity.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import {
  CAPTION_CLASS,
  DATA_PROVIDER_NAME,
  MEDIA_OR_DATA_LABEL,
  PICTURE_SOURCE_NAME,
} from '../data/citationContexts.ts';
import { NOT_SOURCE_HEADS, PLATFORM_SITES } from '../data/sourceShapeNegatives.ts';
import { FEED_TOOL_HOSTS } from '../data/feedToolHosts.ts';
import { MONTH_WORDS, NON_NAME_WORDS } from '../data/nonNames.ts';
import { foldLatin } from '../text/foldLatin.ts';
import { homepageLike } from './homepageLike.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';
import type { FoundSourceLine } from './readSourceLine.ts';
import { HOST_TEXT_RE, URL_TEXT_RE } from './sourceLinePatterns.ts';
import { placeOf, type Place } from './sourceLinePlace.ts';

/** Longer than this (URLs counted as one word) is a paragraph, not a credit line. */
const MAX_SHAPE_LINE = 180;
const MAX_HEAD_WORDS = 4;
const MAX_HEAD_CHARS = 40;
const MAX_NAME_WORDS = 6;
/** A name no table knows: shorter, since nothing else says it is a publisher. */
const MAX_UNKNOWN_NAME = 50;
const MAX_UNKNOWN_WORDS = 5;
const MAX_LINES = 3;
/** A heading ("Analysis: Why …") is a title, not a credit line. */
const HEADING = /^h[1-6]$/u;
/** Raw characters of a line (long URLs included) and links of a block considered: hostile pages are bounded. */
const MAX_RAW_LINE = 4_000;
const MAX_LINKS = 12;

/** How a block is shaped, as the features the score weighs. */
export interface ShapeFeatures {
  place: Place;
  /** How the head meets the value: a colon, a dash or bar, or a head run into a link / URL that ends the block. */
  join: 'colon' | 'dash' | 'run-in';
  /** What the value is. `article`: a link or URL to an article of another site; `site`: its home or host. */
  value: 'article' | 'site' | 'known-name' | 'name';
  /** Characters of the line (URLs counted short). */
  length: number;
  /** Set apart by its wrapper: blockquote, cite, small, a table cell, a list's last item, a boxed div. */
  setApart: boolean;
  /** Right under a picture whose caption is not the block above: where picture credits go. */
  underPicture: boolean;
}

const WEIGHTS = {
  place: { top: 1.25, end: 1.25, unknown: 0.25, middle: -1.5 },
  join: { colon: 1.25, dash: 1, 'run-in': 0.5 },
  value: { article: 2.5, site: 0.5, 'known-name': 1.5, name: 0.75 },
  setApart: 0.5,
  underPicture: -1.5,
} as const;

/** At or above this, the line is read as a source line. */
export const SHAPE_THRESHOLD = 4;

export function shapeScore(f: ShapeFeatures): number {
  const length = f.length <= 90 ? 1 : f.length <= 140 ? 0.5 : 0;
  return (
    WEIGHTS.place[f.place] +
    WEIGHTS.join[f.join] +
    WEIGHTS.value[f.value] +
    length +
    (f.setApart ? WEIGHTS.setApart : 0) +
    (f.underPicture ? WEIGHTS.underPicture : 0)
  );
}

export interface ShapeFound extends FoundSourceLine {
  score: number;
}

/** The block read by its shape, or null. `links` are the page's links inside this block. */
export function readSourceShape(
  page: PageData,
  b: PageBlock,
  identity: PageIdentity,
  links: readonly PageLink[],
): ShapeFound | null {
  if (b.hidden || b.region || b.inFigure || HEADING.test(b.tag) || CAPTION_CLASS.test(b.className)) return null;
  const place = placeOf(page, b);
  const lines = b.text.normalize('NFC').split('\n', MAX_LINES + 1);
  if (lines.length > MAX_LINES || links.length > MAX_LINKS) return null;
  let best: ShapeFound | null = null;
  for (const raw of lines) {
    const found = readLine(page, b, raw.trim(), place, identity, links);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

function readLine(
  page: PageData,
  b: PageBlock,
  line: string,
  place: Place,
  identity: PageIdentity,
  links: readonly PageLink[],
): ShapeFound | null {
  if (!line || line.length > MAX_RAW_LINE) return null;
  const length = line.replace(/(?:https?:\/\/|www\.)\S{1,4000}/giu, 'URL').length;
  if (length > MAX_SHAPE_LINE) return null;
  const split = splitShapedLine(line, links);
  if (!split || !headShaped(split.head)) return null;
  const valued = valueNamed(page, split.value, links, identity);
  if (!valued) return null;
  const before = page.blocks[b.index - 1];
  // A table cell or a line beside a picture or chart names data or a photographer unless it points at an article;
  // under a captioned figure, a publisher the directory knows credits the article (as acceptSourceClaim reads it).
  const captioned = b.mediaBefore && before?.tag === 'figcaption';
  if ((b.inTable || b.nearMedia) && valued.kind !== 'article' && !(captioned && valued.kind === 'known-name'))
    return null;
  // A name no table knows is read only after a label's colon or dash: run into a line it is a sentence's end, and
  // after a head that is a name itself it is a list of names ("MỸ LINH – TRỌNG TÍN": the authors' credit line).
  if (valued.kind === 'name' && (split.join === 'run-in' || namesList(split.head, split.join))) return null;
  const features: ShapeFeatures = {
    place,
    join: split.join,
    value: valued.kind,
    length,
    setApart: setApart(page, b),
    underPicture: b.nearMedia && b.mediaBefore && before?.tag !== 'figcaption',
  };
  const score = shapeScore(features);
  if (score < SHAPE_THRESHOLD) return null;
  return { block: b, claim: valued.claim, how: 'shape', label: split.head, place, quote: line, score };
}

export interface Split {
  head: string;
  value: string;
  join: ShapeFeatures['join'];
}

/**
 * "Head: value", "Head – value", or a head run straight into a link or URL that ends the line ("Head <a>X</a>").
 * The colon of a URL's scheme and a time ("10:30") are not a label's colon.
 */
export function splitShapedLine(line: string, links: readonly Pick<PageLink, 'text'>[]): Split | null {
  const colon = /^([^:：\n]{1,60}?)\s*[:：](?!\/\/)\s*(\S[\s\S]*)$/u.exec(line);
  if (colon && !/\d$/u.test(colon[1] ?? '') && !/^https?$/iu.test((colon[1] ?? '').trim()))
    return { head: (colon[1] ?? '').trim(), value: (colon[2] ?? '').trim(), join: 'colon' };
  const dash = /^(.{1,60}?)\s+[-–—|»›>]\s+(\S[\s\S]*)$/u.exec(line);
  if (dash) return { head: (dash[1] ?? '').trim(), value: (dash[2] ?? '').trim(), join: 'dash' };
  // Run-in: the line ends with a link's text or a written URL, and what comes before is the head.
  for (const l of links) {
    const t = l.text.replace(/\s+/g, ' ').trim();
    if (t.length >= 2 && line.endsWith(t) && line.length > t.length)
      return { head: line.slice(0, -t.length).trim(), value: t, join: 'run-in' };
  }
  // The last word is a written URL: found from the end, without a pattern that backtracks over long runs of spaces.
  const trimmed = line.trimEnd();
  const cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\u00a0'), trimmed.lastIndexOf('\t'));
  const last = trimmed.slice(cut + 1);
  const head = trimmed.slice(0, Math.max(cut, 0)).trim();
  if (cut > 0 && head.length <= 60 && last.length <= 600 && /^(?:https?:\/\/|www\.)\S{3}/iu.test(last))
    return { head, value: last, join: 'run-in' };
  return null;
}

/**
 * A label's shape: one to four words with letters, no sentence punctuation, no digits (a date or a time), and none
 * of the negative families (picture, data, author and poster labels).
 */
function headShaped(head: string): boolean {
  const h = head.replace(/^[\s\-–—*•·>»|[(【「『#]+|[\s)\]】」』]+$/gu, '').trim();
  if (!h || h.length > MAX_HEAD_CHARS || !/\p{L}/u.test(h) || /\p{N}/u.test(h)) return false;
  if (/[.!?。！？,;，；"“”()（）[\]]/u.test(h)) return false;
  const words = h.split(/\s+/u);
  // Scripts without spaces write a label as one run of characters: count it as words of two characters.
  const count = /\s/u.test(h)
    ? words.length
    : Math.ceil(h.length / (/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]+$/u.test(h) ? 2 : 20));
  if (count > MAX_HEAD_WORDS) return false;
  if (MEDIA_OR_DATA_LABEL.test(h)) return false;
  // A one-word negative ("by", "de") must be the whole head: "Traduit de", "Tomado de" end in one and are leads.
  const key = foldLatin(h.toLowerCase());
  return !NOT_SOURCE_HEADS.some((n) => key === n || (n.includes(' ') && key.startsWith(`${n} `)));
}

interface Valued {
  kind: ShapeFeatures['value'];
  claim: Claim;
}

/** What the value names, when it is another site or a known publisher; null for anything else. */
function valueNamed(page: PageData, value: string, links: readonly PageLink[], identity: PageIdentity): Valued | null {
  if (/@/u.test(value) && !/^https?:/iu.test(value)) return null;
  // A link whose text is (in) the value, to another site.
  let linked = false;
  for (const l of links) {
    const t = l.text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    // One link around the head and the value is a headline or an advert teaser, never a credit.
    if (t.length > value.length && t.includes(value)) return null;
    if (!value.includes(t)) continue;
    linked = true;
    const v = urlValue(page, l.href, identity);
    if (v) return v;
  }
  // The value is (in) a link to the page's own site, a platform or a licence ("<a>Section: headline</a>" of a
  // related-posts list): its text is that link's, not a source.
  if (linked) return null;
  const url = URL_TEXT_RE.exec(value)?.[0];
  if (url) {
    const href = /^www\./iu.test(url) ? `https://${url}` : url;
    return urlValue(page, href.replace(/[.,;:!?)\]]+$/u, ''), identity);
  }
  const bare = value.replace(/[.,;:!?]+$/u, '').trim();
  if (HOST_TEXT_RE.test(bare)) return urlValue(page, `https://${bare}`, identity, !bare.includes('/'));
  const name = nameWithoutDate(bare.split(/\s[|•·]\s|\s\(/u)[0] ?? '').name.trim();
  if (!name || name.split(/\s+/u).length > MAX_NAME_WORDS) return null;
  if (DATA_PROVIDER_NAME.test(name) || PICTURE_SOURCE_NAME.test(name) || isSelf(identity, name)) return null;
  const outlet = namedOutlet(name);
  if (outlet?.origin && isSelf(identity, outlet.origin)) return null;
  if (outlet) return { kind: 'known-name', claim: { value: name, type: 'name', via: 'source-line' } };
  // The brand in the page's own title, even unconfirmed: a masthead no table knows is most likely the page's own.
  if (identity.titleBrand && sameName(identity.titleBrand, name)) return null;
  return nameShaped(name) ? { kind: 'name', claim: { value: name, type: 'name', via: 'source-line' } } : null;
}

/**
 * A publisher's name as mastheads write it: one to five words, the first capitalised,
 * most of them capitalised, not a word of site furniture, a month or a date.
 */
function nameShaped(name: string): boolean {
  if (name.length > MAX_UNKNOWN_NAME || /\p{N}/u.test(name) || /[.!?。！？:：]/u.test(name)) return false;
  const words = name.split(/\s+/u);
  if (words.length > MAX_UNKNOWN_WORDS) return false;
  const first = words[0] ?? '';
  // Cased scripts only: in a script without capitals nothing tells a masthead from a person's name or a phrase.
  if (!/^\p{Lu}/u.test(first)) return false;
  const capitalised = words.filter((w) => !/^\p{Ll}/u.test(w)).length;
  if (capitalised * 2 < words.length) return false;
  if (words.length === 1 && (NON_NAME_WORDS.has(first.toLowerCase()) || MONTH_WORDS.has(first.toLowerCase())))
    return false;
  return true;
}

/** A head in capitals ("MỸ LINH"), or every word of it capitalised before a dash ("Mỹ Linh –"): a name, not a label. */
function namesList(head: string, join: Split['join']): boolean {
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true;
  const words = head.split(/\s+/u).filter(Boolean);
  return join === 'dash' && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

function urlValue(page: PageData, href: string, identity: PageIdentity, hostOnly = false): Valued | null {
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const site = siteOf(hostOf(href));
  if (!site || site === page.site || sameOrganisation(site, page.site) || isSelf(identity, href)) return null;
  // A shortener's or feed relay's redirect names no outlet (readFeedToolFooter reads the name beside it).
  if (PLATFORM_SITES.has(site) || FEED_TOOL_HOSTS.has(site)) return null;
  if (hostOnly)
    return { kind: 'site', claim: { value: parsed.hostname.toLowerCase(), type: 'host', via: 'source-line' } };
  const kind = homepageLike(href) ? 'site' : 'article';
  if (kind === 'site' && DATA_PROVIDER_NAME.test(parsed.hostname)) return null;
  return { kind, claim: { value: href, type: 'url', via: 'source-line' } };
}

/** Wrapped apart from the running text: a quote or citation, small print, a table cell, a list's last item, a box. */
function setApart(page: PageData, b: PageBlock): boolean {
  if (b.tag === 'blockquote' || b.tag === 'td' || b.tag === 'th' || b.inTable) return true;
  if (b.wrappers.some((w) => w === 'small' || w === 'cite')) return true;
  if (b.tag === 'li') {
    const next = page.blocks[b.index + 1];
    return next?.tag !== 'li' || next.parentKey !== b.parentKey;
  }
  return b.tag === 'div' || b.tag === 'aside';
}
