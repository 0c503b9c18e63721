/**
 * A pointer post: a page whose whole text is a few words pointing to a piece of journalism on another outlet ("Don't
 * miss this great report by X at www.outlet.example", "A good article by journalist Y: <URL>", "We recommend an
 * article that appeared today in <paper>, at the following link"). Blogs, forums and union or club sites post them
 * to share an article; the article is the page's content and the outlet its source.
 *
 * Four things together: the text is short (a post, not an article that cites); it names a piece of journalism
 * (every pack's `articleNouns`); it credits that piece, to an author ("a report by <Name>", `authorLinks`, a
 * capitalised name after it) or to its publication ("an article that appeared …", `publishedVerbs`); and it names
 * another outlet: a link, URL or host written out, or an outlet the directory knows, written with a capital. A
 * comment that only mentions an article somewhere ("see the article on X's site", "a real article on X") credits no
 * piece and is commentary; a page naming itself is dropped by the scan (page identity).
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { stripTrailingPunctuation } from '../url/stripTrailingPunctuation.ts';
import { NO_SPACE_SCRIPT_CHAR, phraseAlternation } from '../text/compilePhrases.ts';
import { unwrapFeedRedirect } from '../url/unwrapFeedRedirect.ts';
import { namedOutlet } from './namedOutlet.ts';
import { URL_TEXT_RE } from './sourceLinePatterns.ts';

/** A pointer is a few words: longer texts are articles or commentary that cite. */
const MAX_WORDS = 60;
const MAX_CHARS = 600;
/** Outlet names are at most this many words ("Corriere della Sera"). */
const MAX_NAME_WORDS = 5;
const HOST_WORD = /^(?:www\.)?(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}$/iu;

/**
 * The matchers, built on first use per set of packs the page needs (data/lang/packSet.ts):
 * - noun: an article noun of any pack;
 * - authored: the piece, up to two words ("a good report"), its author link, then the author's first letter (group 1);
 * - published: the piece, then its publication ("an article that appeared in …", "Tribune … parue dans …");
 *   languages written without spaces put the verb first ("这篇发表于 … 的文章"). An outlet that publishes ("X
 *   published an editorial") is the subject of a comment, not the credit of a piece.
 */
const matchers = perPackSet((phrasesOf) => {
  const nouns = phraseAlternation(phrasesOf('articleNouns'), { bounded: true });
  const verbs = phrasesOf('publishedVerbs');
  return {
    noun: new RegExp(nouns, 'iu'),
    authored: new RegExp(
      `(?:${nouns})(?:\\s+[^\\s]{1,30}){0,2}?\\s+(?:${phraseAlternation(phrasesOf('authorLinks'))})\\s+([^\\s])`,
      'giu',
    ),
    published: new RegExp(
      `(?:${nouns})[\\s\\S]{0,80}?(?:${phraseAlternation(verbs, { bounded: true })})|(?:${phraseAlternation(
        verbs.filter((v) => NO_SPACE_SCRIPT_CHAR.test(v)),
      )})[\\s\\S]{0,40}?(?:${nouns})`,
      'iu',
    ),
  };
});
/** Author credits tried per text (the text is short: a bound, not a limit in practice). */
const MAX_CREDITS = 20;

export interface FoundPointer {
  block: PageBlock;
  /** The sentence that points (capped). */
  line: string;
  /** The article noun as written ("reportaje"). */
  noun: string;
  claim: Claim;
}

export function findPointerPost(page: PageData): FoundPointer | null {
  const blocks = page.blocks.filter((b) => !b.hidden && !b.region && !b.inFigure && b.text.trim());
  let chars = 0;
  for (const b of blocks) {
    chars += b.text.length;
    if (chars > MAX_CHARS) return null;
  }
  const text = blocks.map((b) => b.text.normalize('NFC')).join('\n');
  if (!text || text.split(/\s+/u).filter(Boolean).length > MAX_WORDS) return null;
  const noun = matchers().noun.exec(text);
  if (!noun || !creditsPiece(text)) return null;
  const claim = outletOf(page, blocks, text);
  if (!claim) return null;
  const block = blocks.find((b) => b.text.includes(noun[0])) ?? blocks[0];
  if (!block) return null;
  return { block, line: text.replace(/\s+/gu, ' ').trim().slice(0, 300), noun: noun[0], claim };
}

/** Another site's link, URL or host, else an outlet the directory knows, written as a name. */
function outletOf(page: PageData, blocks: PageBlock[], text: string): Claim | null {
  for (const b of blocks) {
    for (const href of b.linkHrefs) {
      const url = offSite(page, href);
      if (url) return { value: url, type: 'url', via: 'source-line' };
    }
  }
  const written = URL_TEXT_RE.exec(text)?.[0];
  if (written) {
    const url = offSite(page, /^www\./iu.test(written) ? `https://${written}` : written);
    // "www.outlet.example" alone is a host; with a path, the article itself.
    if (url) return /^https?:\/\/[^/]+\/?$/iu.test(url) && /^www\./iu.test(written) ? host(written) : urlClaim(url);
  }
  const words = text.split(/\s+/u).map((w) => stripTrailingPunctuation(w.replace(/^[("“«„']+/u, '')));
  for (const w of words) {
    if (HOST_WORD.test(w) && offSite(page, `https://${w}`)) return host(w);
  }
  for (let i = 0; i < words.length; i++) {
    // A name starts with a capital (or in a script without case): "el país" is "the country".
    if (!/^[\p{Lu}\p{Lo}]/u.test(words[i] ?? '')) continue;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(' ');
      const outlet = namedOutlet(name);
      if (outlet) return { value: outlet.written, type: 'name', via: 'source-line' };
    }
  }
  return null;
}

/** The text credits a piece: to its publication, or to a person. */
export function creditsPiece(text: string): boolean {
  return matchers().published.test(text) || authored(text);
}

/** The piece is credited to a person: its author link is followed by a name (a capital, or a script without case). */
function authored(text: string): boolean {
  const re = matchers().authored;
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m && n < MAX_CREDITS; m = re.exec(text), n++) {
    if (/^[\p{Lu}\p{Lo}]/u.test(m[1] ?? '')) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

const host = (w: string): Claim => ({ value: w.toLowerCase(), type: 'host', via: 'source-line' });
const urlClaim = (u: string): Claim => ({ value: u, type: 'url', via: 'source-line' });

function offSite(page: PageData, raw: string): string | null {
  const u = stripTrailingPunctuation(raw.trim());
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const target = unwrapFeedRedirect(u) ?? u;
  const site = siteOf(hostOf(target));
  if (!site || site === page.site || (page.site !== null && sameOrganisation(site, page.site))) return null;
  return target;
}
