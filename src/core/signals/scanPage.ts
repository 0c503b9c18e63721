/**
 * Every page-evidence detector over one Document, in one linear read: spam footer, source line, feed footer,
 * canonical, syndication meta, hot-linked media, and the poster of the copy. No Readability here: this runs on
 * every check, in the background on the content script's snapshot (and in the CLI), and must stay cheap.
 */
import type { Claim, Signal } from '../report.ts';
import { readPage, type PageData } from '../page/readPage.ts';
import { findPoster } from '../credits/findPoster.ts';
import { detectSpamFooter } from './detectSpamFooter.ts';
import { detectSourceLine } from './detectSourceLine.ts';
import { detectFeedFooter } from './detectFeedFooter.ts';
import { detectCanonical } from './detectCanonical.ts';
import { detectSyndicationMeta } from './detectSyndicationMeta.ts';
import { detectHotlinkedMedia } from './detectHotlinkedMedia.ts';
import { detectTextTricks } from './detectTextTricks.ts';
import { detectWireDateline } from './detectWireDateline.ts';
import { withoutTracking } from '../page/withoutTracking.ts';
import { isSelf, pageIdentity, type PageIdentity } from '../page/pageIdentity.ts';
import type { SignalKind } from '../report.ts';

export interface PageScan {
  page: PageData;
  signals: Signal[];
  /** Sources the page names, best first: feed footer, source line, canonical, syndication meta. */
  claims: Claim[];
  /** Foreign image hosts of the article, most images first. */
  hotlinkHosts: string[];
  poster: string | null;
  /** Who the page itself is: claims and evidence naming it are dropped. */
  identity: PageIdentity;
}

/** Evidence kinds whose target is a source the page names: one naming the page itself is no evidence. */
const NAMING_KINDS: ReadonlySet<SignalKind> = new Set(['source-line', 'feed-footer', 'canonical', 'syndication-meta', 'hotlinked-media', 'wire-dateline']);

export function scanPage(doc: Document, url: string): PageScan {
  return scanPageData(readPage(doc, url));
}

export function scanPageData(page: PageData): PageScan {
  const feed = detectFeedFooter(page);
  const source = detectSourceLine(page);
  const canonical = detectCanonical(page);
  const synMeta = detectSyndicationMeta(page);
  const hotlink = detectHotlinkedMedia(page);
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const wire = detectWireDateline(page, identity);
  const notSelf = (s: Signal) => !(NAMING_KINDS.has(s.kind) && s.target !== undefined && isSelf(identity, s.target));
  const signals = [...detectSpamFooter(page), ...source.signals, ...feed.signals, ...canonical.signals, ...synMeta.signals, ...hotlink.signals, ...wire.signals, ...detectTextTricks(page)].filter(notSelf);
  // Order of trust for "what the page names": a feed footer's title link and a source line's URL are the article;
  // a canonical or syndication URL too; names come last.
  // A claimed URL names the article without the feed's or newsletter's campaign parameters.
  const all = [...feed.claims, ...source.claims, ...canonical.claims, ...synMeta.claims, ...wire.claims].map((c) => (c.type === 'url' ? { ...c, value: withoutTracking(c.value) } : c));
  // "Originally published on <its own brand>", a picture from its group's media host: the page naming itself.
  const others = all.filter((c) => !isSelf(identity, c));
  const claims = dedupe([...others.filter((c) => c.type === 'url'), ...others.filter((c) => c.type !== 'url')]);
  return { page, signals, claims, hotlinkHosts: hotlink.hosts.filter((h) => !isSelf(identity, h)), poster: findPoster(page), identity };
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = c.value.toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
