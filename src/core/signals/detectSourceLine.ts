/**
 * A visible credit line naming where the article came from: "Nguồn thông tin : https://….html.", "Theo Báo An
 * Giang", "Source: <a>Publisher</a>", "来源：…", "Read more at <a>…</a>", "This story was originally published by…".
 * Told apart from data and photo credits, which are not republication: a line inside or right next to a figure,
 * chart or table, a label with a media/data word ("Data source:", "Nguồn ảnh:"), or a named statistics office,
 * bank or ministry ("Source: Eurostat", "Nguồn: Tổng cục Thống kê"). A bare name (no link, no URL) must also sit
 * at the top or the end of the article, where scrapers put it.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { PUBLISHER_DESCRIPTORS, SOURCE_LABELS } from '../data/sourceLabels.ts';
import { CAPTION_CLASS, DATA_PROVIDER_NAME, MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { hostOf, sameOrganisation, siteOf, stripTrailingPunctuation } from '../page/sites.ts';

const MAX_LINE = 400;
// "Read more at…" and "originally published by…" lines are credits, not paragraphs that mention a first edition.
const MAX_PHRASE_LINE = 220;
const MAX_LINES = 8;
const MAX_NAME = 80;
const MAX_SIGNALS = 3;

export interface SourceLineResult {
  signals: Signal[];
  claims: Claim[];
}

// Scripts without spaces between words (CJK, Thai) need no space after a lead phrase.
const NO_SPACE_SCRIPT = /[\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]$/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function byLength(a: string, b: string): number {
  return b.length - a.length;
}

const ALL_LABELS = [...new Set(Object.values(SOURCE_LABELS).flatMap((s) => s.labels))].sort(byLength);
const ALL_LEADS = [...new Set(Object.values(SOURCE_LABELS).flatMap((s) => s.leads))].sort(byLength);
const ALL_ORIGINS = Object.values(SOURCE_LABELS).flatMap((s) => s.origins);

// Decorations scrapers put before a credit: dashes, bullets, arrows, brackets, emoji-free symbols.
// A date or time may come first on meta lines ("2017-03-10 09:58　来源：…").
const PREFIX = '^[\\s\\d\\-–—*•·>»|\\[(【「『#:：/.年月日時时分]*';
const LABEL_RE = new RegExp(`${PREFIX}(${ALL_LABELS.map(escape).join('|')})\\s*(?:[:：]|[\\]】」』)]|\\s[-–—|»>]\\s?)\\s*([\\s\\S]*)$`, 'iu');
const BARE_LABEL_RE = new RegExp(`${PREFIX}(${ALL_LABELS.map(escape).join('|')})\\s*([\\s\\S]+)$`, 'iu');
const LEAD_SPACED = ALL_LEADS.filter((l) => !NO_SPACE_SCRIPT.test(l));
const LEAD_TIGHT = ALL_LEADS.filter((l) => NO_SPACE_SCRIPT.test(l));
const LEAD_RE = new RegExp(
  `${PREFIX}(?:(${LEAD_SPACED.map(escape).join('|')})(?:\\s*[:：]\\s*|\\s+)|(${LEAD_TIGHT.map(escape).join('|') || '(?!)'})\\s*[:：]?\\s*)([\\s\\S]*)$`,
  'iu',
);
// "báo Tuổi Trẻ", "the Guardian": a descriptor then a capitalised name.
const DESCRIPTOR_RE = new RegExp(`^(?:${[...PUBLISHER_DESCRIPTORS].sort(byLength).map(escape).join('|')})\\s+\\p{Lu}`, 'u');
const URL_TEXT_RE = /(?:https?:\/\/|www\.)[^\s<>"'，。、]{3,600}/iu;
const HOST_TEXT_RE = /^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}(?:\/[^\s<>"']{0,600})?$/iu;

type Found = { block: PageBlock; claim: Claim | null; how: 'label' | 'lead' | 'origin'; label: string; place: Place };
type Place = 'top' | 'end' | 'middle' | 'unknown';

export function detectSourceLine(page: PageData): SourceLineResult {
  const found: Found[] = [];
  for (const b of page.blocks) {
    if (b.hidden || b.region || b.inFigure || b.inTable || lineLength(b.text) > MAX_LINE) continue;
    const f = readLine(page, b);
    if (f) found.push(f);
  }
  // URL claims before names; within each, the end of the article (where scrapers put them) first.
  const rank = (f: Found): number => (f.claim?.type === 'url' ? 0 : f.claim ? 2 : 4) + (f.place === 'end' || f.place === 'top' ? 0 : 1);
  found.sort((a, b) => rank(a) - rank(b) || b.block.index - a.block.index);
  const signals: Signal[] = [];
  const claims: Claim[] = [];
  for (const f of found.slice(0, MAX_SIGNALS)) {
    const s: Signal = { kind: 'source-line', quote: f.block.text.slice(0, 300), where: describe(f), strength: f.claim?.type === 'url' ? 0.7 : 0.6 };
    s.place = f.place === 'top' ? 'article-top' : f.place === 'end' ? 'article-end' : 'text';
    if (f.claim) {
      s.target = f.claim.value;
      if (!claims.some((c) => c.value === f.claim?.value)) claims.push(f.claim);
    }
    signals.push(s);
  }
  return { signals, claims };
}

/** A line's length with each URL counted as one word: percent-encoded CJK or Vietnamese slugs make long credits. */
function lineLength(text: string): number {
  if (text.length <= MAX_LINE) return text.length;
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>"']{1,4000}/giu, 'URL').length;
}

function readLine(page: PageData, b: PageBlock): Found | null {
  const whole = b.text.normalize('NFC');
  const place = placeOf(page, b);
  // "(Source: X)" in brackets next to a picture is an image credit; "(Theo VnExpress)" at the end is a source.
  if (/^[(\[（［].*[)\]）］]$/su.test(whole) && b.nearMedia) return null;
  const caption = CAPTION_CLASS.test(b.className);
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

function readFrom(page: PageData, b: PageBlock, text: string, length: number, place: Place, caption: boolean): Found | null {
  const label = LABEL_RE.exec(text) ?? bareLabel(page, b, text);
  if (label) {
    const word = label[1] ?? '';
    const rest = (label[2] ?? '').trim();
    const credit = /^(?:credit|crédito|crédit|via|vía)$/iu.test(word);
    const claim = claimFrom(page, b, rest);
    if (claim && acceptable(page, b, claim, rest, place, caption, credit)) return { block: b, claim, how: 'label', label: word, place };
    return null;
  }

  const phraseOk = length <= MAX_PHRASE_LINE && !goesOn(text);
  const lead = phraseOk ? LEAD_RE.exec(text) : null;
  if (lead) {
    const word = lead[1] ?? lead[2] ?? '';
    const rest = (lead[3] ?? '').trim();
    const claim = claimFrom(page, b, rest, true);
    if (claim && acceptable(page, b, claim, rest, place, caption, false, navigational(word))) return { block: b, claim, how: 'lead', label: word, place };
    return null;
  }

  for (const re of phraseOk ? ALL_ORIGINS : []) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice((m.index ?? 0) + m[0].length).trim();
    const claim = claimFrom(page, b, after, true);
    if (caption || b.nearMedia && !claim) return null;
    // The phrase itself says "first published elsewhere": enough even without a recognisable name.
    return { block: b, claim: claim && acceptableName(claim, after) ? claim : linkClaim(page, b), how: 'origin', label: m[0], place };
  }
  return null;
}

/**
 * A label run straight into a link, as themes print it ("SOURCE" badge + <a>VnExpress</a> → "SOURCEVnExpress"):
 * accepted only when what follows the label is exactly the text of a link in the block.
 */
function bareLabel(page: PageData, b: PageBlock, text: string): RegExpExecArray | null {
  if (!b.linkHrefs.length || text.length > 120) return null;
  const m = BARE_LABEL_RE.exec(text);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  return page.links.some((l) => l.block === b.index && l.text.trim() === rest) ? m : null;
}

/** More sentences after the first: a paragraph that mentions a first edition, not a credit line. */
function goesOn(text: string): boolean {
  const m = /[.!?。！？]\s+(?=\p{Lu})/u.exec(text);
  return !!m && text.slice(m.index + m[0].length).split(/\s+/).filter(Boolean).length >= 4;
}

/** The source a line names: a link to another site, a URL written out, a host name, or a publisher name. */
function claimFrom(page: PageData, b: PageBlock, rest: string, strictName = false): Claim | null {
  const link = linkClaim(page, b);
  if (link) return link;
  const url = URL_TEXT_RE.exec(rest)?.[0];
  if (url) {
    const value = cleanUrl(/^www\./i.test(url) ? `https://${url}` : url);
    return value ? { value, type: 'url', via: 'source-line' } : null;
  }
  const name = cleanName(rest);
  if (!name) return null;
  if (HOST_TEXT_RE.test(name)) {
    return name.includes('/') ? { value: cleanUrl(`https://${name}`) ?? name, type: 'url', via: 'source-line' } : { value: name.toLowerCase(), type: 'host', via: 'source-line' };
  }
  if (strictName && /^\p{Ll}/u.test(name) && !DESCRIPTOR_RE.test(name)) return null;
  return { value: name, type: 'name', via: 'source-line' };
}

/** The first link of the block that leaves the site (a link to one's own tag page is not a source). */
function linkClaim(page: PageData, b: PageBlock): Claim | null {
  for (const raw of b.linkHrefs) {
    const href = unwrapRedirect(raw, page.site) ?? raw;
    const site = siteOf(hostOf(href));
    if (site && site !== page.site && !sameOrganisation(site, page.site)) return { value: cleanUrl(href) ?? href, type: 'url', via: 'source-line' };
  }
  return null;
}

/** The target of an own-site redirect ("/go/?url=https%3A%2F%2F…", "/out?u=…"), or null. */
function unwrapRedirect(href: string, site: string | null): string | null {
  try {
    const u = new URL(href);
    if (siteOf(u.hostname) !== site) return null;
    for (const v of u.searchParams.values()) if (/^https?:\/\//i.test(v)) return v;
  } catch {
    // Malformed: keep the link as it is.
  }
  return null;
}

/**
 * A "read more at / xem thêm tại / continua a leggere su" lead of three words or more (or four CJK characters)
 * sends the reader to the article elsewhere: never a picture credit, even right under a photo. Short leads
 * ("Theo", "Courtesy of") may credit the picture above them.
 */
function navigational(lead: string): boolean {
  return NO_SPACE_SCRIPT.test(lead) ? lead.length >= 4 : lead.trim().split(/\s+/).length >= 3;
}

function acceptable(page: PageData, b: PageBlock, claim: Claim, rest: string, place: Place, caption: boolean, credit: boolean, navigates = false): boolean {
  if (caption) return false;
  // "Source photo: …", "Nguồn ảnh: …"; a picture credit after a separator ("Bron: NOS | foto: ANP") is another credit.
  const head = rest.split(/\s[|•·]\s/u)[0] ?? rest;
  if (MEDIA_OR_DATA_LABEL.test(head.slice(0, 20)) && !/^(?:https?:|www\.)/i.test(rest)) return false;
  const dataName = DATA_PROVIDER_NAME.test(claim.type === 'name' ? claim.value : rest);
  // Scrapers put the credit at the top or the end; a "Source:" mid-article cites a fact or a picture.
  if (place === 'middle') return false;
  if (claim.type === 'url' || claim.type === 'host') {
    if (credit && b.nearMedia) return false;
    // A chart's source may be a URL too: next to media, only an article-like URL from a non-data name counts.
    if (b.nearMedia && (dataName || homepageLike(claim.value))) return false;
    return !sameSite(page, claim.value);
  }
  return acceptableName(claim, rest) && !dataName && (navigates || !pictureCredit(b)) && !PICTURE_SOURCE_NAME.test(claim.value);
}

/**
 * A bare name right under a picture or chart credits it (captions go below); above one it credits the article.
 * Even closing the article, a name under its last chart stays a chart credit ("Source: Acme Analytics").
 */
function pictureCredit(b: PageBlock): boolean {
  return b.nearMedia && b.mediaBefore;
}

function acceptableName(claim: Claim, rest: string): boolean {
  if (claim.type !== 'name') return true;
  const name = claim.value;
  if (name.length > MAX_NAME || !/\p{L}/u.test(name)) return false;
  if (name.split(/\s+/).length > 8) return false;
  // A sentence, not a name: "Theo báo cáo, toàn huyện có…" / "Source: interviews. Photo: X".
  if (/[,;，；]\s*\p{L}+\s+\p{L}+\s+\p{L}+/u.test(rest) && rest.length > 60) return false;
  if (/[.!?。！？]\s+\p{Lu}/u.test(name)) return false;
  // "Theo AFP, ông A cho biết…": a clause goes on after the comma (a list of publishers stays capitalised).
  if (/[,，]\s*\p{Ll}/u.test(name)) return false;
  return true;
}

function cleanUrl(raw: string): string | null {
  let u = stripTrailingPunctuation(raw.trim());
  // Keep a closing parenthesis that closes one inside the URL (Wikipedia-style paths).
  if (raw.trim().endsWith(')') && (u.match(/\(/g)?.length ?? 0) > (u.match(/\)/g)?.length ?? 0)) u += ')';
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function cleanName(rest: string): string | null {
  let t = rest.split('\n')[0] ?? '';
  // Cut trailing dates and notes: "Theo VnExpress - 12/3/2023", "Source: BBC (2019)", "Bron: TMZ | foto: …".
  t = t.split(/\s[|•·]\s|\s[-–—]\s(?=\d)|\s\(/u)[0] ?? '';
  t = t.replace(/^["'“”‘’«»「『]+|["'“”‘’«»」』]+$/gu, '');
  t = stripTrailingPunctuation(t).replace(/^["'“”‘’«»「『]+/u, '').trim();
  return t || null;
}

function sameSite(page: PageData, url: string): boolean {
  const site = siteOf(hostOf(/^https?:/i.test(url) ? url : `https://${url}`));
  return !!site && (site === page.site || sameOrganisation(site, page.site));
}

/**
 * A site's front or section page ("worldbank.org", "data.example.org/indicators"), not an article: at most one path
 * segment and that one no article slug (three or more words, a long number, a file name) nor an article query.
 */
export function homepageLike(value: string): boolean {
  try {
    const u = new URL(/^https?:/i.test(value) ? value : `https://${value}`);
    const segments = u.pathname.split('/').filter(Boolean);
    if (segments.length > 1) return false;
    const last = decodeURIComponentSafe(segments[0] ?? '');
    const slug = last.split(/[-_+]/).filter(Boolean).length >= 3 || /\d{4,}/.test(last) || /\.[a-z]{2,5}$/i.test(last);
    const articleQuery = /(?:^|[?&])(?:p|id|story|article|news|post)=/i.test(u.search);
    return !slug && !articleQuery;
  } catch {
    return true;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Where a block sits in the article: the first or last blocks of the main text column, or between. */
export function placeOf(page: PageData, b: PageBlock): Place {
  if (!page.main) return 'unknown';
  const { start, end } = page.main;
  const { first, last } = textEdges(page);
  // Short lead lines (a dateline, a photo caption, "X reports") may come before the first real paragraph, and a
  // byline or tags after the last one: a credit among them is still at the top or the end.
  if (b.index >= start - 4 && b.index <= Math.max(start + 1, first)) return 'top';
  if (b.index >= Math.min(end - 2, last) && b.index <= end + 8) return 'end';
  return 'middle';
}

/** A paragraph of running text, not a lead line: this many characters (CJK text says as much in fewer). */
const SUBSTANTIAL = 120;
const SUBSTANTIAL_CJK = 50;
// Paragraphs of prose; list items and headings after the text are a page's "in this issue" or "related" lists.
const PROSE_TAGS = new Set(['p', 'div', 'blockquote', 'section', 'article']);
const edges = new WeakMap<PageData, { first: number; last: number }>();

/** The first and last paragraphs of running text in the main column (cached per page: placeOf runs per block). */
function textEdges(page: PageData): { first: number; last: number } {
  const cached = edges.get(page);
  if (cached) return cached;
  const { start, end } = page.main ?? { start: 0, end: -1 };
  let first = start;
  let last = end;
  const running = (b: PageBlock | undefined): boolean => !!b && PROSE_TAGS.has(b.tag) && !b.region && !b.hidden && !b.inFigure && b.text.length >= (/[\u3000-\u9fff\uac00-\ud7af]/u.test(b.text.slice(0, 40)) ? SUBSTANTIAL_CJK : SUBSTANTIAL);
  for (let i = start; i <= end; i++) if (running(page.blocks[i])) { first = i; break; }
  for (let i = end; i >= start; i--) if (running(page.blocks[i])) { last = i; break; }
  const found = { first, last };
  edges.set(page, found);
  return found;
}

function describe(f: Found): string {
  const wrap = [f.block.tag, ...f.block.wrappers].join(' > ');
  const align = f.block.align === 'right' ? ', right-aligned' : '';
  const place = f.place === 'top' ? 'top of the article' : f.place === 'end' ? 'end of the article' : 'in the article';
  return `${place}, ${wrap}${align} ("${f.label}")`;
}
