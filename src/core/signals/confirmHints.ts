/**
 * Shape hints (findExcerptShape.ts, findLinkedArticles.ts) become evidence only when the original they point to was
 * fetched and found to contain this page's text: then the short line that pointed there is the page's credit, and
 * the report quotes it as a read-more or source line. Unconfirmed, a hint says nothing (an honest article may end
 * with a link to a related story elsewhere).
 */
import type { Claim, Signal } from '../report.ts';
import type { PageData } from '../page/pageData.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import type { ShapeHint } from './findExcerptShape.ts';
import { placeOf } from './sourceLinePlace.ts';

export interface ConfirmedHints {
  signals: Signal[];
  claims: Claim[];
}

/** The hints that point to the verified original (its site, or its name), as signals and claims. */
export function confirmHints(
  page: PageData,
  hints: readonly ShapeHint[],
  original: { url: string; siteName: string | null } | null,
  already: readonly Signal[],
): ConfirmedHints {
  const signals: Signal[] = [];
  const claims: Claim[] = [];
  if (!original) return { signals, claims };
  const site = siteOf(hostOf(original.url));
  for (const h of hints) {
    const claim = site ? h.claims.find((c) => pointsToOriginal(c, site, original.siteName)) : undefined;
    if (!claim) continue;
    // A line a detector already reported (a source line read by its words) is one piece of evidence, not two.
    if (already.some((s) => s.quote === h.line || (s.target !== undefined && s.target === claim.value))) continue;
    if (claims.some((c) => c.value === claim.value)) continue;
    const place = placeOf(page, h.block);
    const where = [h.block.tag, ...h.block.wrappers].join(' > ');
    signals.push({
      kind: h.kind,
      quote: h.line,
      where:
        h.kind === 'read-more'
          ? `end of an excerpt, ${where} (a short line pointing to the original, which contains the excerpt)`
          : `${where} (a link to the original, which contains this page's text)`,
      strength: h.kind === 'read-more' ? 0.6 : 0.8,
      place: place === 'top' ? 'article-top' : place === 'middle' ? 'text' : 'article-end',
      target: claim.value,
    });
    claims.push({ ...claim, via: h.kind });
  }
  return { signals, claims };
}

function pointsToOriginal(c: Claim, site: string, siteName: string | null): boolean {
  const { value, type } = c;
  if (type === 'url') return siteOf(hostOf(value)) === site;
  if (type === 'host') return siteOf(value) === site;
  // A name: the original's site spells it ("Cluj24" → cluj24.ro, "Der Spiegel" → spiegel.de) or calls itself so.
  const name = letters(value);
  if (name.length < 2) return false;
  const label = letters(site.split('.')[0] ?? '');
  if (label.length >= 2 && (label === name || (label.length >= 4 && name.includes(label)))) return true;
  return siteName !== null && letters(siteName) === name;
}

const letters = (t: string): string =>
  t
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
