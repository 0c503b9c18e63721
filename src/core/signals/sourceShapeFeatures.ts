/**
 * The features of a short line that may name where an article came from, whatever language its label is in: where
 * the line sits, how long it is, how it is built ("<1–4 words>: <value>", "<value>" alone on its line, "(<value>)"
 * closing a paragraph, "<value>:" heading what follows), and what its value is (a link or URL to an article of
 * another site, another site's host, an agency or publisher of the directory, a name written like a masthead), with
 * the contexts that make such a line a picture credit, a date or the page's own name. No label word is read: the
 * words of the packs are the phrase readers' business (readSourceLine); this reads the lines they do not know.
 *
 * Each candidate line becomes a vector of numbers that `scoreSourceShape` weighs with the fitted weights of
 * `data/sourceShapeModel.ts`. What no weight may outvote is refused here, before scoring: the page naming itself,
 * platforms and licences, data providers and picture libraries, heads of the negative families (author, photo,
 * tags, sharing), an e-mail address.
 *
 * Bounded: a block of at most MAX_BLOCK characters, MAX_LINES lines of at most MAX_LINE characters each, at most
 * MAX_LINKS links; every pattern is linear (no nested quantifiers over the same characters).
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData, PageLink } from '../page/readPage.ts';
import { isSelf, sameName, type PageIdentity } from '../page/pageIdentity.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { DATA_PROVIDER_NAME, MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { NOT_SOURCE_HEADS, PLATFORM_SITES } from '../data/sourceShapeNegatives.ts';
import { FEED_TOOL_HOSTS } from '../data/feedToolHosts.ts';
import { MONTH_WORDS, NON_NAME_WORDS } from '../data/nonNames.ts';
import { foldLatin } from '../text/foldLatin.ts';
import { documentAddress } from '../url/documentAddress.ts';
import { homepageLike } from './homepageLike.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';
import { placeOf } from './sourceLinePlace.ts';

const MAX_BLOCK = 2_000;
const MAX_LINES = 4;
const MAX_LINE = 600;
/** Characters of a line, URLs counted as one word: longer is a sentence, not a credit. */
const MAX_SHAPED = 160;
const MAX_LINKS = 12;
const MAX_HEAD_CHARS = 40;
const MAX_HEAD_WORDS = 4;
const MAX_NAME_CHARS = 50;
const MAX_NAME_WORDS = 5;
/** The platforms' names as heads write them ("telegram", "youtube"), from their registrable domains. */
const PLATFORM_WORDS = [...PLATFORM_SITES].map((site) => site.split('.')[0] ?? '').filter((w) => w.length >= 5);

/** Characters of text a copied article has at least. */
const THIN = 600;
const textOf = new WeakMap<PageData, number>();

/** Characters of visible text outside the site's regions (counted once per page, up to THIN). */
function pageText(page: PageData): number {
  const cached = textOf.get(page);
  if (cached !== undefined) return cached;
  let n = 0;
  for (const b of page.blocks) {
    if (n >= THIN) break;
    if (!b.hidden && !b.region) n += b.text.length;
  }
  textOf.set(page, n);
  return n;
}
/** A paragraph's closing "(NAME)" is read from this many last characters. */
const TAIL = 80;

/** The features, in the order of the model's weights. All are 0 or 1 except the counts noted. */
export const FEATURES = [
  'bias',
  'placeTop',
  'placeEnd',
  'placeMiddle',
  /** "<head>: <value>", "<head> – <value>", "<head> | <value>": a short head, then a separator. */
  'formLabel',
  /** The whole line is the value. */
  'formAlone',
  /** "(<value>)" closing a paragraph or standing alone. */
  'formParen',
  /** "<value>:" heading what follows. */
  'formHeading',
  /** A head run straight into a link or URL that ends the line. */
  'formRunIn',
  'valueArticle',
  'valueSite',
  'valueAgency',
  'valuePublisher',
  /** A name no table knows, written like a masthead (capitalised words, or a host-like "name.tld"). */
  'valueName',
  'valueHostName',
  /** The value is a link's text. */
  'linked',
  /** Head words (0–4), divided by 4. */
  'headWords',
  /** Line no longer than 40 characters. */
  'short',
  /** Line over 100 characters. */
  'long',
  /** A line of a block of several lines, or a paragraph's tail. */
  'partOfBlock',
  /** Set apart: blockquote, cite, small, a list's last item, a box. */
  'setApart',
  'heading',
  /** Next to a picture, chart or table. */
  'nearMedia',
  /** A copyright sign in the block or right beside it: a rights or picture notice. */
  'copyright',
  /** The same value is read on two or more lines of the page: each item of a multi-item page names it. */
  'repeated',
  /** The value is named in the page's title too (not as the page's own brand). */
  'inTitle',
  /** The value holds a date or a time besides the name. */
  'dated',
  /** The value pairs names with a slash ("AGENCY / J. Doe"): a picture credit's shape. */
  'slashed',
  /** The block is one of the page's first three: a capture's address line or a masthead. */
  'pageStart',
  /** The page holds little text besides (under THIN characters): a post sharing a link, not a copied article. */
  'thinPage',
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

export interface ShapeCandidate {
  block: PageBlock;
  line: string;
  head: string;
  claim: Claim;
  features: FeatureVector;
}

type Form = 'formLabel' | 'formAlone' | 'formParen' | 'formHeading' | 'formRunIn';
type ValueKind = 'valueArticle' | 'valueSite' | 'valueAgency' | 'valuePublisher' | 'valueName' | 'valueHostName';

interface Split {
  head: string;
  value: string;
  form: Form;
}

interface Valued {
  kind: ValueKind;
  claim: Claim;
  linked: boolean;
  dated: boolean;
}

/** The candidate lines of one block, with their features (the `repeated` feature is set by `pageCandidates`). */
export function blockCandidates(
  page: PageData,
  b: PageBlock,
  identity: PageIdentity,
  links: readonly PageLink[],
): ShapeCandidate[] {
  if (b.hidden || b.region || b.inFigure || b.text.length > MAX_BLOCK || links.length > MAX_LINKS) return [];
  const text = b.text.normalize('NFC');
  const lines = text
    .split('\n', MAX_LINES + 1)
    .map((l) => l.trim())
    .filter(Boolean);
  const out: ShapeCandidate[] = [];
  const place = placeOf(page, b);
  // The site's own footer ("© 2024 Site") beside the article's last line is no picture notice: regions are left out.
  const textBeside = (x: PageBlock | undefined) => (x && !x.region && !x.hidden ? x.text : '');
  const near = textBeside(page.blocks[b.index - 1]);
  const after = textBeside(page.blocks[b.index + 1]);
  const copyright = /[©℗]|\(c\)/iu.test(`${text.slice(0, MAX_BLOCK)} ${near.slice(-200)} ${after.slice(0, 200)}`);
  const title = (page.title ?? '').normalize('NFC');
  const thin = pageText(page) < THIN;
  const splits: { split: Split; line: string; part: boolean }[] = [];
  if (lines.length <= MAX_LINES)
    for (const line of lines) {
      if (line.length > MAX_LINE) continue;
      if (shapedLength(line) <= MAX_SHAPED)
        for (const split of splitLine(line, links)) splits.push({ split, line, part: lines.length > 1 });
    }
  // A paragraph closing with its source in brackets: "… text. (NAME)" — read from its last characters only.
  const tail = parenTail(text);
  if (tail && !splits.some((s) => s.split.form === 'formParen'))
    splits.push({ split: { head: '', value: tail, form: 'formParen' }, line: `(${tail})`, part: true });
  for (const { split, line, part } of splits) {
    // A head that repeats its value ("Brand <a>Brand</a>") is a logo and its link, a widget's name: no label.
    if (!headAllowed(split.head) || sameWords(split.head, split.value)) continue;
    const valued = valueNamed(page, split, links, identity);
    if (!valued) continue;
    const f = emptyVector();
    f.bias = 1;
    f.placeTop = place === 'top' ? 1 : 0;
    f.placeEnd = place === 'end' ? 1 : 0;
    f.placeMiddle = place === 'middle' ? 1 : 0;
    f[split.form] = 1;
    f[valued.kind] = 1;
    f.linked = valued.linked ? 1 : 0;
    f.headWords = Math.min(headWords(split.head), MAX_HEAD_WORDS) / MAX_HEAD_WORDS;
    const length = shapedLength(line);
    f.short = length <= 40 ? 1 : 0;
    f.long = length > 100 ? 1 : 0;
    f.partOfBlock = part ? 1 : 0;
    f.setApart = setApart(page, b) ? 1 : 0;
    f.heading = /^h[1-6]$/u.test(b.tag) ? 1 : 0;
    f.nearMedia = b.nearMedia || b.inTable ? 1 : 0;
    f.copyright = copyright ? 1 : 0;
    f.inTitle = valued.claim.type === 'name' && title.includes(valued.claim.value) ? 1 : 0;
    f.dated = valued.dated ? 1 : 0;
    f.slashed = valued.claim.type === 'name' && /\//u.test(split.value) ? 1 : 0;
    f.pageStart = b.index <= 2 ? 1 : 0;
    f.thinPage = thin ? 1 : 0;
    out.push({ block: b, line, head: split.head, claim: valued.claim, features: f });
  }
  return out;
}

/** Every candidate of the page's blocks, with `repeated` set; `blocks` bounds how many blocks are read. */
export function pageCandidates(
  page: PageData,
  identity: PageIdentity,
  linksOf: ReadonlyMap<number, PageLink[]>,
  skip: (b: PageBlock) => boolean,
  maxBlocks: number,
): ShapeCandidate[] {
  const all: ShapeCandidate[] = [];
  let read = 0;
  for (const b of page.blocks) {
    if (read >= maxBlocks) break;
    if (skip(b)) continue;
    read++;
    all.push(...blockCandidates(page, b, identity, linksOf.get(b.index) ?? []));
  }
  // Blocks naming each value: one line read two ways names it once.
  const blocks = new Map<string, Set<number>>();
  for (const c of all) {
    const set = blocks.get(key(c.claim)) ?? new Set<number>();
    set.add(c.block.index);
    blocks.set(key(c.claim), set);
  }
  for (const c of all) c.features.repeated = (blocks.get(key(c.claim))?.size ?? 0) >= 2 ? 1 : 0;
  return all;
}

const key = (c: Claim): string => c.value.toLowerCase();

function emptyVector(): FeatureVector {
  return Object.fromEntries(FEATURES.map((n) => [n, 0])) as FeatureVector;
}

/** A line's length with each URL counted as three characters. */
function shapedLength(line: string): number {
  return line.replace(/(?:https?:\/\/|www\.)\S{1,4000}/giu, 'URL').length;
}

/**
 * The ways a line may be built around a value, most specific first; a line may be read more than one way (the
 * value alone, and after a head), each read is scored.
 */
export function splitLine(line: string, links: readonly Pick<PageLink, 'text'>[]): Split[] {
  const out: Split[] = [];
  // "<value>:" heading what follows (a name, a colon, nothing else).
  const heading = /^([^:：]{2,50})[:：]$/u.exec(line);
  if (heading) out.push({ head: '', value: (heading[1] ?? '').trim(), form: 'formHeading' });
  // "(<value>)" alone, with a closing full stop at most.
  const paren = /^[([（［]([^()[\]（）［］]{2,60})[)\]）］][.。।]?$/u.exec(line);
  if (paren) out.push({ head: '', value: (paren[1] ?? '').trim(), form: 'formParen' });
  // "<head>: <value>": the colon of a URL's scheme and of a time are not a label's colon.
  const colon = /^([^:：\n]{1,60}?)\s*[:：](?!\/\/)\s*(\S.*)$/u.exec(line);
  if (colon && !/\d$/u.test(colon[1] ?? '') && !/^https?$/iu.test((colon[1] ?? '').trim()))
    out.push({ head: (colon[1] ?? '').trim(), value: (colon[2] ?? '').trim(), form: 'formLabel' });
  else {
    const dash = /^(.{1,60}?)\s+[-–—|»›>/]\s+(\S.*)$/u.exec(line);
    if (dash) out.push({ head: (dash[1] ?? '').trim(), value: (dash[2] ?? '').trim(), form: 'formLabel' });
  }
  // The whole line is the value: a URL, a host, a name.
  if (!heading && !paren) out.push({ head: '', value: line, form: 'formAlone' });
  // A head run into a link or URL that ends the line.
  if (!colon) {
    for (const l of links) {
      const t = l.text.replace(/\s+/g, ' ').trim();
      if (t.length >= 2 && line.endsWith(t) && line.length > t.length) {
        out.push({ head: line.slice(0, -t.length).trim(), value: t, form: 'formRunIn' });
        break;
      }
    }
    const cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\u00a0'));
    const last = line.slice(cut + 1);
    if (cut > 0 && /^(?:https?:\/\/|www\.)\S{3}/iu.test(last))
      out.push({ head: line.slice(0, cut).trim(), value: last, form: 'formRunIn' });
  }
  return out;
}

/** "… text (NAME)." or "… text. (NAME)": the bracket that closes a paragraph, read from its last characters. */
function parenTail(text: string): string | null {
  const tail = text.slice(-TAIL).trimEnd();
  const m = /[([（［]([^()[\]（）［］]{2,50})[)\]）］][.。।]?$/u.exec(tail);
  if (!m || m.index === 0) return null;
  return (m[1] ?? '').trim() || null;
}

function sameWords(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return a.length > 0 && k(a) === k(b);
}

function headWords(head: string): number {
  const h = head.trim();
  if (!h) return 0;
  if (/\s/u.test(h)) return h.split(/\s+/u).length;
  return /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]+$/u.test(h) ? Math.ceil(h.length / 2) : 1;
}

/** A head is a label's shape: short, letters, no digits or sentence punctuation, none of the negative families. */
function headAllowed(head: string): boolean {
  if (!head) return true;
  const h = head.replace(/^[\s\-–—*•·>»|[(【「『#]+|[\s)\]】」』]+$/gu, '').trim();
  if (!h || h.length > MAX_HEAD_CHARS || !/\p{L}/u.test(h) || /\p{N}/u.test(h)) return false;
  if (/[.!?。！？,;，；"“”()（）[\]@]/u.test(h)) return false;
  if (headWords(h) > MAX_HEAD_WORDS) return false;
  if (MEDIA_OR_DATA_LABEL.test(h)) return false;
  const k = foldLatin(h.toLowerCase());
  // "Telegram channel x –", "YouTube:": a head naming a platform introduces a profile, not a source.
  if (PLATFORM_WORDS.some((w) => k.includes(w))) return false;
  return !NOT_SOURCE_HEADS.some((n) => k === n || (n.includes(' ') && k.startsWith(`${n} `)));
}

function valueNamed(page: PageData, split: Split, links: readonly PageLink[], identity: PageIdentity): Valued | null {
  const value = split.value;
  if (!value || (/@/u.test(value) && !/^https?:/iu.test(value))) return null;
  let linked = false;
  for (const l of links) {
    const t = l.text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    // One link around the head and the value is a headline or a teaser, never a credit.
    if (t.length > value.length && t.includes(value)) return null;
    // A value with no head is the link itself or nothing: a line holding a link somewhere is a sentence or a credit
    // whose head the other reads judge.
    if (split.head ? !value.includes(t) : t !== value.replace(/^[([（［]|[)\]）］.。]+$/gu, '')) continue;
    linked = true;
    const v = urlValued(page, l.href, identity, false);
    if (v) return { ...v, linked: true };
  }
  if (linked) return null;
  const url = /^(?:https?:\/\/|www\.)[^\s<>"']{3,600}$/iu.exec(value)?.[0];
  if (url) return urlValued(page, /^www\./iu.test(url) ? `https://${url}` : url, identity, false);
  const bare = value.replace(/[.,;:!?।]+$/u, '').trim();
  // A label inside the value ("(Photo: X / AGENCY)") or a credit chain ("/AGENCY/AGENCY") is a picture's credit.
  if (/[:：]/u.test(bare) || /^[/|\\]/u.test(bare) || MEDIA_OR_DATA_LABEL.test(bare)) return null;
  if (/^(?:[\p{L}\p{N}-]{1,63}\.)+[a-z]{2,24}$/iu.test(bare) && !/^\p{N}/u.test(bare)) {
    const host = urlValued(page, `https://${bare}`, identity, true);
    return host ? { ...host, kind: 'valueHostName' } : null;
  }
  const undated = nameWithoutDate(bare.split(/\s[|•·]\s|\s\(/u)[0] ?? '');
  const name = undated.name.trim().replace(/[.,;:]+$/u, '');
  const dated = name.length < bare.length - 3;
  if (!name || name.length > MAX_NAME_CHARS || name.split(/\s+/u).length > MAX_NAME_WORDS) return null;
  if (DATA_PROVIDER_NAME.test(name) || PICTURE_SOURCE_NAME.test(name) || isSelf(identity, name)) return null;
  if (identity.titleBrand && sameName(identity.titleBrand, name)) return null;
  const outlet = namedOutlet(name);
  if (outlet?.origin && (isSelf(identity, outlet.origin) || siteOf(hostOf(outlet.origin)) === page.site)) return null;
  const claim: Claim = { value: name, type: 'name', via: 'source-line' };
  if (outlet) return { kind: outlet.kind === 'agency' ? 'valueAgency' : 'valuePublisher', claim, linked, dated };
  return nameShaped(name) ? { kind: 'valueName', claim, linked, dated } : null;
}

function urlValued(page: PageData, href: string, identity: PageIdentity, hostOnly: boolean): Valued | null {
  let parsed: URL;
  try {
    parsed = new URL(href.replace(/[.,;:!?)\]]+$/u, ''));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const site = siteOf(hostOf(parsed.href));
  if (!site || site === page.site || sameOrganisation(site, page.site) || isSelf(identity, parsed.href)) return null;
  // A shortener's or feed relay's redirect names no outlet (readFeedToolFooter reads the name beside it).
  if (PLATFORM_SITES.has(site) || FEED_TOOL_HOSTS.has(site) || DATA_PROVIDER_NAME.test(parsed.hostname)) return null;
  // A document's, a picture's or a paper's address cites it: neither it nor its site is a source.
  if (documentAddress(parsed.href)) return null;
  if (hostOnly)
    return {
      kind: 'valueSite',
      claim: { value: parsed.hostname.toLowerCase(), type: 'host', via: 'source-line' },
      linked: false,
      dated: false,
    };
  return {
    kind: homepageLike(parsed.href) ? 'valueSite' : 'valueArticle',
    claim: { value: parsed.href, type: 'url', via: 'source-line' },
    linked: false,
    dated: false,
  };
}

/** A masthead's shape: one to five words, the first capitalised, most capitalised, no digits, not site furniture. */
function nameShaped(name: string): boolean {
  if (/\p{N}/u.test(name) || /[.!?。！？:：,，"“”]/u.test(name)) return false;
  const words = name.split(/\s+/u);
  const first = words[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  if (words.filter((w) => !/^\p{Ll}/u.test(w)).length * 2 < words.length) return false;
  const lower = first.toLowerCase();
  return !(words.length === 1 && (NON_NAME_WORDS.has(lower) || MONTH_WORDS.has(lower)));
}

function setApart(page: PageData, b: PageBlock): boolean {
  if (b.tag === 'blockquote' || b.wrappers.some((w) => w === 'small' || w === 'cite')) return true;
  if (b.tag === 'li') {
    const next = page.blocks[b.index + 1];
    return next?.tag !== 'li' || next.parentKey !== b.parentKey;
  }
  return b.tag === 'aside';
}
