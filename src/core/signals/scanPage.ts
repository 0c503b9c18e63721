/**
 * Every registered page detector (`pageDetectors.ts`) over one Document, in one linear read, the page's identity,
 * and the poster of the copy. No Readability here: this runs on every check, in the background on the content
 * script's snapshot (and in the CLI), and must stay cheap.
 */
import type { Claim, Signal } from '../report.ts';
import { readPage, type PageData } from '../page/readPage.ts';
import { findPoster } from '../credits/findPoster.ts';
import { PAGE_DETECTORS } from './pageDetectors.ts';
import { GATHER_ORDER, NAMING_KINDS } from './detectorSpecs.ts';
import type { DetectorFindings } from './pageDetector.ts';
import { withoutTracking } from '../page/withoutTracking.ts';
import { withPacks, type PackSet } from '../data/lang/packSet.ts';
import { packsForPage } from './packsForPage.ts';
import { isSelf, pageIdentity, type PageIdentity } from '../page/pageIdentity.ts';

export interface PageScan {
  page: PageData;
  signals: Signal[];
  /** Sources the page names, URLs first, each group in the registry's gathering order. */
  claims: Claim[];
  /** Foreign image hosts of the article, most images first. */
  hotlinkHosts: string[];
  poster: string | null;
  /** Who the page itself is: claims and evidence naming it are dropped. */
  identity: PageIdentity;
  /** The language packs the page's matchers were compiled for: later readers of the same page use them too. */
  packs: PackSet;
}

export function scanPage(doc: Document, url: string): PageScan {
  return scanPageData(readPage(doc, url));
}

/**
 * The detectors' phrase matchers are compiled for the language packs the page's words tell (packsForPage.ts);
 * `packs` is for the tests that check a page's findings do not change with every pack compiled.
 */
export function scanPageData(page: PageData, packs: PackSet = packsForPage(page)): PageScan {
  return withPacks(packs, () => ({ ...scanWithPacks(page), packs }));
}

function scanWithPacks(page: PageData): Omit<PageScan, 'packs'> {
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const found = new Map<string, DetectorFindings>(PAGE_DETECTORS.map((d) => [d.kind, d.detect(page, { identity })]));
  const notSelf = (s: Signal) => !(NAMING_KINDS.has(s.kind) && s.target !== undefined && isSelf(identity, s.target));
  const signals = PAGE_DETECTORS.flatMap((d) => found.get(d.kind)?.signals ?? []).filter(notSelf);
  // A claimed URL names the article without the feed's or newsletter's campaign parameters.
  const all = GATHER_ORDER.flatMap((kind) => found.get(kind)?.claims ?? []).map((c) =>
    c.type === 'url' ? { ...c, value: withoutTracking(c.value) } : c,
  );
  // "Originally published on <its own brand>", a picture from its group's media host: the page naming itself.
  const others = all.filter((c) => !isSelf(identity, c));
  const claims = dedupe([...others.filter((c) => c.type === 'url'), ...others.filter((c) => c.type !== 'url')]);
  const hotlinkHosts = PAGE_DETECTORS.flatMap((d) => found.get(d.kind)?.hosts ?? []).filter(
    (h) => !isSelf(identity, h),
  );
  return { page, signals, claims, hotlinkHosts, poster: findPoster(page), identity };
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = c.value
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/+$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
