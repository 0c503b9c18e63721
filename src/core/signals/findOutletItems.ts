/**
 * Feed-aggregator and per-outlet pages: items each headed or closed by the outlet they were taken from. Aggregators
 * print the outlet with every item, the same way on every item: a dated credit ("Outlet - <date>", "outlet.example,
 * <date> <time>", "OUTLET - 5 min ago"), the outlet after a hash closing the title ("<title> # Outlet"), or a host on
 * a line of its own. One such line is a hint; the same outlet on two items or more is the page's shape.
 *
 * An outlet's own pages have a repeated line there too, a byline: "Jane Doe - 2 hours ago" on every item of its
 * category page. So a repeated name counts only when it cannot be a person's: a host, a name the directory knows,
 * or a name with a word that publishers' names are made of ("Daily", "News", "Noticias", "Gazette") or shaped unlike
 * a person's (one word, four words or more, capitals). The page's own brand and hosts are dropped by the scan.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { COMMON_NAME_WORDS } from '../data/publisherNameWords.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { foldLatin } from '../text/foldLatin.ts';
import { namedOutlet } from './namedOutlet.ts';
import { readDatedCredit } from './readDatedCredit.ts';
import { HOST_TEXT_RE } from './sourceLinePatterns.ts';

const MAX_LINES = 600;
const MAX_LINES_PER_BLOCK = 80;
const MAX_LINE = 220;
const MAX_NAME = 50;
/** Items credited to one outlet that make a per-outlet page. */
const MIN_ITEMS = 2;
/** An item says something: some line of this length or more on the page besides the credits. */
const MIN_PROSE = 100;
/** Words tried as a known outlet heading a title. */
const MAX_PREFIX_WORDS = 4;
/** Lines around a credit where its item's text is looked for. */
const NEAR = 3;
const MAX_TITLE = 200;
/** The title after the outlet: a few words at least ("<Outlet> Finance" is a section's name, not an item). */
const MIN_TITLE_WORDS = 3;

export interface OutletItems {
  /** The outlet as first written. */
  written: string;
  claim: Claim;
  /** How many item lines credit it. */
  count: number;
  /** The first credit line (capped) and its block. */
  line: string;
  block: PageBlock;
}

interface Tally {
  written: string;
  count: number;
  dated: number;
  line: string;
  block: PageBlock;
}

const cache = new WeakMap<PageData, Map<string, Tally>>();

/** Every item credit of the page, by outlet (folded), counted. Cached: the read-more reader asks per line. */
function tallies(page: PageData): Map<string, Tally> {
  const cached = cache.get(page);
  if (cached) return cached;
  const lines: { text: string; block: PageBlock }[] = [];
  for (const b of page.blocks) {
    if (lines.length >= MAX_LINES) break;
    if (b.hidden || b.region || b.inFigure) continue;
    for (const raw of b.text.normalize('NFC').split('\n', MAX_LINES_PER_BLOCK)) {
      const text = raw.replace(/\s+/gu, ' ').trim();
      if (text) lines.push({ text, block: b });
    }
  }
  const out = new Map<string, Tally>();
  lines.forEach(({ text, block }, i) => {
    if (text.length > MAX_LINE) return;
    const credit = itemCredit(text);
    // A credit credits an item: the item's text is next to it. A list of links ("More from the web: <title>
    // <host>") has none, whatever article stands above it.
    if (!credit || !proseNear(lines, i)) return;
    const key = keyOf(credit.name);
    const t = out.get(key) ?? { written: credit.name, count: 0, dated: 0, line: text.slice(0, 300), block };
    t.count++;
    if (credit.dated) t.dated++;
    out.set(key, t);
  });
  cache.set(page, out);
  return out;
}

/** A line of running text within a few lines of line `i`, before or after it. */
function proseNear(lines: readonly { text: string }[], i: number): boolean {
  for (let j = Math.max(0, i - NEAR); j <= Math.min(lines.length - 1, i + NEAR); j++)
    if (j !== i && (lines[j]?.text.length ?? 0) >= MIN_PROSE) return true;
  return false;
}

/** The outlet a line credits an item to, if the line is such a credit. */
function itemCredit(line: string): { name: string; dated: boolean } | null {
  const dated = readDatedCredit(line);
  if (dated) return { name: dated.name, dated: true };
  // "<title> # Outlet": a capture of a feed item whose outlet closes its title.
  const hash = /\s#\s+([^#]{2,50})$/u.exec(line);
  if (hash?.[1]) return { name: hash[1].trim(), dated: false };
  // A host alone on its line, perhaps with a short note ("outlet.example (ukr)").
  const host = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\s*\([^()]{1,12}\))?$/iu.exec(line);
  if (host?.[1] && HOST_TEXT_RE.test(host[1])) return { name: host[1], dated: false };
  // "<Outlet> <title>": an outlet the directory knows heading the item's title (a capture lost the line between).
  // Named this way only: no host, no date, so a table's name and a title of some words after it.
  // A title, not a sentence: no sentence end, and the title goes on with a word that starts like one ("<Outlet>
  // gazetesi yazdı…" is a sentence about the outlet).
  if (line.length > MAX_TITLE || /[.!?…。！？]$/u.test(line)) return null;
  const words = line.split(' ');
  // The outlet alone on its line (a logo's text may double it: "<Outlet> <Outlet>").
  const half = words.length % 2 === 0 ? words.slice(0, words.length / 2).join(' ') : null;
  for (const name of [line, half && half === words.slice(words.length / 2).join(' ') ? half : null])
    if (name && words.length <= 2 * MAX_PREFIX_WORDS && /^\p{Lu}|^\p{Lo}/u.test(name) && publisherNamed(name))
      return { name, dated: false };
  for (let n = Math.min(MAX_PREFIX_WORDS, words.length - MIN_TITLE_WORDS); n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (/^\p{Ll}/u.test(words[n] ?? '')) continue;
    if (/^\p{Lu}|^\p{Lo}/u.test(name) && publisherNamed(name)) return { name, dated: false };
  }
  return null;
}

/**
 * A publisher the directory knows. Not an agency: an agency's name alone on a line, or before a caption, is a picture
 * credit ("Getty", "Reuters" under each photo) or a wire sign-off, read by their own readers.
 */
const publisherNamed = (name: string): boolean => namedOutlet(name)?.kind === 'publisher';

const keyOf = (name: string): string => foldLatin(name.normalize('NFC').toLowerCase()).replace(/^www\./u, '');

/** The claim an item credit makes, when its name can stand for an outlet (see the file's comment), else null. */
function claimOf(page: PageData, t: Tally): Claim | null {
  const name = t.written;
  if (name.length > MAX_NAME) return null;
  if (HOST_TEXT_RE.test(name) && !name.includes('/')) {
    const site = siteOf(hostOf(`https://${name}`));
    if (!site || site === page.site || (page.site !== null && sameOrganisation(site, page.site))) return null;
    return { value: name.toLowerCase(), type: 'host', via: 'source-line' };
  }
  const known = namedOutlet(name);
  if (known) return { value: known.written, type: 'name', via: 'source-line' };
  // A name no table knows: on two items or more, dated at least once (the aggregator's credit, not a word that
  // happens to close two titles), and not shaped like a byline.
  if (t.count < MIN_ITEMS || t.dated < 1 || personShaped(name)) return null;
  return { value: name, type: 'name', via: 'source-line' };
}

/**
 * Two or three capitalised words with no publisher's word among them: a person's name as likely as an outlet's
 * ("Jane Doe", "Marek Nowak"). Capitals ("JANE DOE") are read the same way.
 */
function personShaped(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 3) return false;
  if (words.some((w) => w.length > 2 && COMMON_NAME_WORDS.has(foldLatin(w.toLowerCase())))) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** The outlet this credit line names, when the page's items credit it (cf. creditAbove: a read-more's item). */
export function itemOutlet(page: PageData, line: string): Claim | null {
  const credit = line.length <= MAX_LINE ? itemCredit(line) : null;
  if (!credit) return null;
  const t = tallies(page).get(keyOf(credit.name));
  return t ? claimOf(page, t) : null;
}

/** The outlet most of the page's items are credited to, when two or more are; null on any other page. */
export function findOutletItems(page: PageData): OutletItems | null {
  let best: OutletItems | null = null;
  for (const t of tallies(page).values()) {
    if (t.count < MIN_ITEMS || (best && t.count <= best.count)) continue;
    const claim = claimOf(page, t);
    if (claim) best = { written: t.written, claim, count: t.count, line: t.line, block: t.block };
  }
  return best;
}
