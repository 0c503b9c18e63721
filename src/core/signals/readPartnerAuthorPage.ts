/**
 * A site's author page for the outlet it republishes: its address files the partner as an author ("/author/
 * the-conversation", "/authors/AP-(Associated-Press)") and its text opens with the partner's own description of
 * itself, carried along ("<outlet> is a nonprofit news organization …", "<agency>, an independent global news
 * organisation, …"). The name that opens the text must spell the address's author slug and describe an
 * organisation (or be an outlet the tables know): a journalist's page ("<name> is a reporter at <outlet>") is not
 * a partner's. The page naming itself is dropped by the detector (pageIdentity).
 *
 * Bounded: the address's segments, the first MAX_LEAD blocks, a short window after the name.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { AUTHOR_PATH_SEGMENTS, NEWS_ORGANISATION_WORDS } from '../data/authorPaths.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { outletOf } from './readOriginNote.ts';
import { namedOutlet } from './namedOutlet.ts';

const MAX_LEAD = 6;
const MAX_SLUG = 120;
const WINDOW = 100;
const ORGANISATION = new RegExp(phraseAlternation(NEWS_ORGANISATION_WORDS, { bounded: true }), 'iu');
/** Where a self-description stops being about the name itself: "a reporter at / of / for <outlet>". */
const RELATION = /\s(?:at|of|for|with|in|en|de|da|do|bei|von|für|à|pour|di|per)\s/iu;
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'el', 'los', 'las', 'der', 'die', 'das', 'de']);

export interface PartnerPage {
  block: PageBlock;
  claim: Claim;
  quote: string;
}

export function readPartnerAuthorPage(page: PageData): PartnerPage | null {
  const slug = authorSlug(page.url);
  if (!slug.length) return null;
  let seen = 0;
  for (const block of page.blocks) {
    if (block.hidden || block.region !== null || block.inFigure) continue;
    if (++seen > MAX_LEAD) break;
    const text = block.text.slice(0, 400).trim();
    const name = outletOf(text, 'last');
    if (name?.type !== 'name' || !spellsSlug(name.value, slug)) continue;
    const end = text.indexOf(name.value) + name.value.length;
    const own = text.slice(end, end + WINDOW).split(RELATION)[0] ?? '';
    if (!ORGANISATION.test(own) && !namedOutlet(name.value)) continue;
    return { block, claim: { ...name, via: 'copied-boilerplate' }, quote: text.slice(0, 160) };
  }
  return null;
}

/** The words of the author slug after an author segment of the address ("5792-the-conversation" → the, conversation). */
function authorSlug(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const segments = path.split('/').filter(Boolean).slice(0, 12);
  const at = segments.findIndex((s) => AUTHOR_PATH_SEGMENTS.has(s.toLowerCase()));
  const slug = at >= 0 ? segments[at + 1] : undefined;
  if (!slug) return [];
  let decoded = slug.slice(0, MAX_SLUG);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A malformed escape: the slug as written.
  }
  return decoded
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !/^\d+$/u.test(w));
}

/** Every word of the name but its articles is a word of the slug ("The Associated Press" ~ "AP-(Associated-Press)"). */
function spellsSlug(name: string, slug: readonly string[]): boolean {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ARTICLES.has(w));
  return words.length > 0 && words.every((w) => slug.includes(w));
}
