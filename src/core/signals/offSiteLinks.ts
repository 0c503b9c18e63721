/**
 * Links that leave the page's site, as the shape finders read them (findExcerptShape.ts, findLinkedArticles.ts): to
 * another registrable domain (and not the same organisation's sister domain), an article rather than a homepage,
 * and with a short text (a name, "here", the URL itself) rather than a sentence linked whole.
 */
import type { PageData } from '../page/pageData.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { stripTrailingPunctuation } from '../url/stripTrailingPunctuation.ts';

/** A link text of this many words at most is a pointer (a name, a URL); longer is a sentence linked whole. */
const SHORT_LINK_WORDS = 8;

const URLS_RE = /(?:https?:\/\/|www\.)[^\s<>"'，。、]{3,600}/giu;

/** A line's length as read, a written URL counting as one word ("Source: https://…/very-long-slug" is short). */
export function lineLength(text: string): { chars: number; words: number } {
  const t = text.replace(URLS_RE, 'URL');
  return { chars: t.length, words: t.split(/\s+/u).filter(Boolean).length };
}

/** The absolute http(s) URL when it leads to another site than the page's, else null. */
export function offSiteUrl(page: PageData, raw: string): string | null {
  const trimmed = stripTrailingPunctuation(raw.trim());
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const site = siteOf(hostOf(url.href));
  if (!site || site === page.site || (page.site !== null && sameOrganisation(site, page.site))) return null;
  return trimmed;
}

/** An article's address: a path or query beyond the homepage, not a bare language or section root ("/en/"). */
export function isArticleUrl(url: string): boolean {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/u, '');
    if (!path) return u.search.length > 3;
    const segments = path.split('/').filter(Boolean);
    return segments.length >= 2 || (segments[0]?.length ?? 0) > 3 || u.search.length > 3;
  } catch {
    return false;
  }
}

/** A link text that points rather than says: short, or the URL or host itself. */
export function shortLinkText(text: string, url: string): boolean {
  const t = text.replace(/\s+/gu, ' ').trim();
  if (!t) return false;
  if (t.split(' ').length <= SHORT_LINK_WORDS) return true;
  const host = hostOf(url) ?? '';
  return t.includes(host) || /^(?:https?:\/\/|www\.)/iu.test(t);
}

const byBlock = new WeakMap<PageData, Map<number, PageData['links']>>();

/** The page's visible links grouped by the block that holds them (built once per page: finders ask per block). */
export function linksOfBlock(page: PageData, block: number): PageData['links'] {
  let map = byBlock.get(page);
  if (!map) {
    map = new Map();
    for (const l of page.links) {
      if (l.hidden || l.block < 0) continue;
      const list = map.get(l.block);
      if (list) list.push(l);
      else map.set(l.block, [l]);
    }
    byBlock.set(page, map);
  }
  return map.get(block) ?? [];
}
