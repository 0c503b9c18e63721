/**
 * An aggregator's excerpt found by its SHAPE, whatever words its last line uses: one to a few paragraphs, then a
 * short closing line that points elsewhere (a link to an article on another site, a URL or host written out, or an
 * outlet's name at its end: "… <a href=other-site/article>Mbl</a>", "<any words> Cluj24"). Read-more phrase lists
 * (findReadMore.ts) only know the wordings someone wrote down; this shape does not depend on them.
 *
 * The shape alone is no evidence: an article of its own may well end with a short line linking a related story.
 * What it yields is a hint, the place to look for the original and the excerpt that original must contain; only a
 * fetched original that contains the excerpt turns it into a signal (check.ts, confirmHints.ts).
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { stripTrailingPunctuation } from '../url/stripTrailingPunctuation.ts';
import { namedOutlet } from './namedOutlet.ts';
import { HOST_TEXT_RE, URL_TEXT_RE } from './sourceLinePatterns.ts';
import { isArticleUrl, lineLength, linksOfBlock, offSiteUrl, shortLinkText } from './offSiteLinks.ts';

/** The closing line is short: a pointer, not a paragraph. */
const MAX_LINE_CHARS = 160;
const MAX_LINE_WORDS = 20;
/** Blocks longer than this are not read at all (a line with a very long URL written out is still shorter). */
const MAX_TEXT = 2000;
/** An excerpt is one to a few paragraphs: more prose blocks above the line make an article, not an excerpt. */
const MAX_EXCERPT_BLOCKS = 4;
const MAX_EXCERPT_WORDS = 600;
/** A prose block of the excerpt says this much (CJK text says as much in fewer characters). */
const PROSE_CHARS = 40;
const PROSE_CHARS_CJK = 15;
/** Blocks looked at past the main column's end for its closing line (a theme may put it in its own wrapper). */
const PAST_MAIN = 3;
/** An outlet's name at the line's end: at most this many words. */
const MAX_NAME_WORDS = 4;
/** A short lower-case word inside a name: "do", "de", "la", "van", "of". */
const PARTICLE = /^\p{Ll}{1,3}$/u;
const MAX_NAME_CHARS = 40;

export interface ShapeHint {
  /** What the confirmed hint is reported as. */
  kind: 'read-more' | 'source-line';
  block: PageBlock;
  /** The line as written (capped). */
  line: string;
  /** Where the original is to be looked for: a URL or host, or the names the line may end with (shortest first). */
  claims: Claim[];
  /** The text the original must contain: the excerpt's paragraphs (empty: the whole page's text). */
  excerpt: string[];
}

/** The excerpt's closing line and the excerpt above it, or null when the page's text does not end that way. */
export function findExcerptShape(page: PageData): ShapeHint | null {
  if (!page.main) return null;
  const line = closingLine(page);
  if (!line) return null;
  const text = line.text.replace(/\s+/gu, ' ').trim();
  if (text.length > MAX_TEXT) return null;
  const size = lineLength(text);
  if (size.chars > MAX_LINE_CHARS || size.words > MAX_LINE_WORDS) return null;
  const excerpt = excerptAbove(page, line);
  if (!excerpt) return null;
  const claims = pointsTo(page, line, text);
  if (!claims.length) return null;
  return { kind: 'read-more', block: line, line: text.slice(0, 300), claims, excerpt };
}

/** The last visible text block of the main column (or just after it), outside headers, asides and figures. */
function closingLine(page: PageData): PageBlock | null {
  const { start, end } = page.main ?? { start: 0, end: -1 };
  const last = Math.min(page.blocks.length - 1, end + PAST_MAIN);
  for (let i = last; i >= start; i--) {
    const b = page.blocks[i];
    if (!b || b.hidden || b.region || b.inFigure || !b.text.trim()) continue;
    // A heading after the text is the next section ("More news"), not the excerpt's last line.
    if (/^h[1-6]$/u.test(b.tag)) return null;
    return b;
  }
  return null;
}

/** The prose blocks above the line, when they are few and short enough to be an excerpt. */
function excerptAbove(page: PageData, line: PageBlock): string[] | null {
  const start = page.main?.start ?? 0;
  const out: string[] = [];
  let words = 0;
  for (let i = line.index - 1; i >= Math.max(0, start - 1); i--) {
    const b = page.blocks[i];
    if (!b || b.hidden || b.region || b.inFigure || !b.text.trim()) continue;
    if (/^h[1-6]$/u.test(b.tag)) break;
    if (!isProse(b)) continue;
    out.unshift(b.text);
    words += wordsOf(b.text);
    if (out.length > MAX_EXCERPT_BLOCKS || words > MAX_EXCERPT_WORDS) return null;
  }
  return out.length ? out : null;
}

function isProse(b: PageBlock): boolean {
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(b.text.slice(0, 40));
  return b.text.length >= (cjk ? PROSE_CHARS_CJK : PROSE_CHARS);
}

/**
 * Where the line points: a link to another site's article (its text short, or the URL itself), a URL or host
 * written out, or an outlet's name ending the line. Links first: they say exactly where.
 */
function pointsTo(page: PageData, line: PageBlock, text: string): Claim[] {
  let site: Claim | null = null;
  for (const l of linksOfBlock(page, line.index)) {
    const url = offSiteUrl(page, l.href);
    if (!url || !shortLinkText(l.text, url)) continue;
    if (isArticleUrl(url)) return [{ value: url, type: 'url', via: 'read-more' }];
    // A link to another site's homepage names the site: its article is searched there.
    site ??= { value: new URL(url).hostname.toLowerCase(), type: 'host', via: 'read-more' };
  }
  if (site) return [site];
  const written = URL_TEXT_RE.exec(text)?.[0];
  if (written) {
    const url = offSiteUrl(page, /^www\./iu.test(written) ? `https://${written}` : written);
    return url ? [{ value: url, type: 'url', via: 'read-more' }] : [];
  }
  const names = trailingNames(text);
  const host = names[0] !== undefined && HOST_TEXT_RE.test(names[0]) ? offSiteUrl(page, `https://${names[0]}`) : null;
  if (host) return [{ value: new URL(host).hostname.toLowerCase(), type: 'host', via: 'read-more' }];
  return names.filter((n) => !HOST_TEXT_RE.test(n)).map((value): Claim => ({ value, type: 'name', via: 'read-more' }));
}

/**
 * The outlet a line ends with: its last one to four words when they start like a name (a capital or a digit, a
 * host), after some words that lead to it ("<words> Cluj24", "<words> Der Spiegel"). A line that is all name is a
 * byline or a caption; a lower-case end is a sentence. In uncased scripts only a name the tables know counts.
 */
function trailingNames(text: string): string[] {
  const t = stripTrailingPunctuation(text.replace(/[\s→»›>▸►➜⟶]+$/u, ''));
  const words = t.split(/\s+/u).filter(Boolean);
  if (words.length < 2) return [];
  const last = words[words.length - 1] ?? '';
  if (HOST_TEXT_RE.test(last)) return [last.toLowerCase()];
  // From the end: capitalised words, and the short lower-case particles between them ("Correio do Vale"). Where
  // the name starts is unknown ("Alles Weitere bei Cluj24" capitalises a noun before it): every suffix of the run
  // that starts like a name is offered, shortest first; only the ones the directory knows lead anywhere.
  // A line of capitalised words only is a byline or a caption ("Ewan Tallis"), not a line leading to a name; one
  // with a small word in it leads somewhere even where nouns are capitalised ("Alles Weitere bei Cluj24").
  if (words.every(startsLikeName)) return [];
  const names: string[] = [];
  for (let i = words.length - 1, n = 0; i >= 1 && n < MAX_NAME_WORDS; i--, n++) {
    const w = words[i] ?? '';
    const particle = n > 0 && PARTICLE.test(w) && startsLikeName(words[i - 1] ?? '');
    if (!startsLikeName(w) && !particle) break;
    const name = words.slice(i).join(' ');
    if (startsLikeName(w) && name.length <= MAX_NAME_CHARS) names.push(name);
  }
  if (names.length) return names;
  // Uncased scripts: the tables' names only ("… 연합뉴스", "… رويترز").
  for (let k = Math.min(MAX_NAME_WORDS, words.length - 1); k >= 1; k--) {
    const name = words.slice(words.length - k).join(' ');
    if (name.length <= MAX_NAME_CHARS && namedOutlet(name)) return [name];
  }
  return [];
}

/** A capital letter or a digit first, and a letter somewhere (a year or a page number is no name). */
function startsLikeName(word: string): boolean {
  return /^[\p{Lu}\p{Lt}\d]/u.test(word) && /\p{L}/u.test(word);
}

const wordsOf = (t: string): number => t.split(/\s+/u).filter(Boolean).length;
