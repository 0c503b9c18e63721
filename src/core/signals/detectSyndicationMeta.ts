/**
 * Machine-readable syndication: <meta name="original-source">, <meta name="syndication-source"> (Google News'
 * syndication tags), and JSON-LD isBasedOn / isBasedOnUrl / sourceOrganization naming another site or
 * organisation. The page's own publisher named as sourceOrganization (common on originals) does not count.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageData } from '../page/readPage.ts';
import { nameOf } from '../page/readMeta.ts';
import { absoluteHttpUrl } from '../url/absoluteHttpUrl.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';

export function detectSyndicationMeta(page: PageData): { signals: Signal[]; claims: Claim[] } {
  const signals: Signal[] = [];
  const claims: Claim[] = [];
  const add = (value: string | null, where: string, strength: number): void => {
    if (!value) return;
    const url = /^(https?:)?\/\//i.test(value) ? absoluteHttpUrl(value, page.url) : null;
    if (url) {
      const site = siteOf(hostOf(url));
      if (!site || site === page.site || sameOrganisation(site, page.site)) return;
    } else if (ownName(page, value)) return;
    const target = url ?? value.slice(0, 200);
    signals.push({ kind: 'syndication-meta', quote: `${where}: ${target}`, where, place: 'head', target, strength });
    if (!claims.some((c) => c.value === target))
      claims.push({ value: target, type: url ? 'url' : 'name', via: 'syndication-meta' });
  };
  add(page.meta.originalSource, '<meta name="original-source">', 0.8);
  add(page.meta.syndicationSource, '<meta name="syndication-source">', 0.8);
  for (const o of page.jsonLd) {
    for (const key of ['isBasedOn', 'isBasedOnUrl']) {
      const v = o[key];
      for (const item of Array.isArray(v) ? v.slice(0, 5) : [v]) {
        const ref =
          typeof item === 'string'
            ? item
            : item && typeof item === 'object'
              ? (urlOf(item as Record<string, unknown>) ?? nameOf(item))
              : null;
        add(ref, `JSON-LD ${key}`, 0.8);
      }
    }
    const org = o['sourceOrganization'];
    if (org) {
      const ref =
        typeof org === 'string'
          ? org
          : org && typeof org === 'object'
            ? (nameOf(org) ?? urlOf(org as Record<string, unknown>))
            : null;
      add(ref, 'JSON-LD sourceOrganization', 0.5);
    }
  }
  // URLs before names: they identify the original itself.
  claims.sort((a, b) => (a.type === 'url' ? 0 : 1) - (b.type === 'url' ? 0 : 1));
  return { signals, claims };
}

function urlOf(o: Record<string, unknown>): string | null {
  for (const k of ['url', '@id', 'mainEntityOfPage']) {
    const v = o[k];
    if (typeof v === 'string' && /^https?:\/\//i.test(v)) return v;
  }
  return null;
}

function ownName(page: PageData, name: string): boolean {
  const n = name.trim().toLowerCase();
  const own = [page.meta.siteName, page.site, page.host, ...page.jsonLd.map((o) => nameOf(o['publisher']))]
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
  return own.some((o) => o === n || o.includes(n) || n.includes(o.split('.')[0] ?? o));
}
