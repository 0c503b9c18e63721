/**
 * "The post <a>Title</a> appeared first on <a>Site</a>." and its WordPress translations: a feed scraper kept the
 * RSS footer. The first link (the title) is the original article; the claim is that URL. Without a link to another
 * site (a text capture, a scraper that strips links) the footer's words still name the outlet the post first
 * appeared on (readFeedFooterOutlet.ts): that name, or host, is the claim. A feed tool's footer ("from <Feed>
 * <short link>", readFeedToolFooter.ts) names the outlet beside a redirect: the name is the claim, never the link.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageBlock, PageData, PageLink } from '../page/readPage.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseMatcher } from '../text/compilePhrases.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { readFeedFooterOutlet } from './readFeedFooterOutlet.ts';
import { readFeedToolFooter } from './readFeedToolFooter.ts';

const MAX_LINE = 800;
/** WordPress's RSS footer ("The post %1$s appeared first on %2$s.") in every language pack's translation. */
const feedFooterRe = perPackSet((phrasesOf) => phraseMatcher(phrasesOf('feedFooters')));

export function detectFeedFooter(page: PageData): { signals: Signal[]; claims: Claim[] } {
  const linksOf = groupLinks(page);
  for (const b of page.blocks) {
    if (b.text.length > MAX_LINE) continue;
    if (!feedFooterRe().test(b.text) && !feedFooterShape(page, b, linksOf.get(b.index) ?? [])) {
      const tool = readFeedToolFooter(b.text);
      if (tool) return { signals: [toolSignal(b, tool.line, tool.claim.value)], claims: [tool.claim] };
      continue;
    }
    const foreign = b.linkHrefs.filter((h) => siteOf(hostOf(h)) !== page.site);
    // The title link points at the article; the site link usually at a homepage.
    const article = foreign.find((h) => pathDepth(h) > 0) ?? foreign[0] ?? null;
    const signal: Signal = {
      kind: 'feed-footer',
      quote: b.text.slice(0, 300),
      where: b.hidden ? `${b.tag}, hidden with ${b.hiddenHow}` : `${b.tag} after the article`,
      place: 'after-article',
      strength: foreign.length ? 0.8 : 0.5,
    };
    if (b.hidden && b.hiddenHow) signal.hiddenBy = b.hiddenHow;
    if (article) signal.target = article;
    if (article) return { signals: [signal], claims: [{ value: article, type: 'url', via: 'feed-footer' }] };
    const named = readFeedFooterOutlet(b.text);
    if (!named) return { signals: [signal], claims: [] };
    // The quote is the footer line itself: the block may hold the excerpt above it (a text capture's paragraph).
    signal.quote = named.line;
    signal.target = named.claim.value;
    return { signals: [signal], claims: [named.claim] };
  }
  return { signals: [], claims: [] };
}

/** A feed tool's footer: as strong as a WordPress footer without a link elsewhere, its target the named outlet. */
function toolSignal(b: PageBlock, line: string, target: string): Signal {
  return {
    kind: 'feed-footer',
    quote: line,
    where: `${b.tag} after the item`,
    place: 'after-article',
    strength: 0.5,
    target,
  };
}

/**
 * The footer's shape in any language: one short line whose only two links are an article of another site and
 * that same site's homepage ("… <a>Title</a> … <a>Site</a>."), after the article text.
 */
function groupLinks(page: PageData): Map<number, PageLink[]> {
  const m = new Map<number, PageLink[]>();
  for (const l of page.links) {
    const list = m.get(l.block);
    if (list) list.push(l);
    else m.set(l.block, [l]);
  }
  return m;
}

function feedFooterShape(page: PageData, b: PageBlock, links: PageLink[]): boolean {
  if (b.text.length > 300 || b.linkHrefs.length !== 2 || b.region || b.inFigure) return false;
  const [a, home] = b.linkHrefs as [string, string];
  const site = siteOf(hostOf(a));
  if (!site || site === page.site || siteOf(hostOf(home)) !== site) return false;
  if (pathDepth(a) === 0 || pathDepth(home) !== 0) return false;
  const linkText = links.map((l) => l.text).join('');
  // Mostly link text, with a few words of frame around it…
  const frame = b.text.length - linkText.length;
  if (frame <= 2 || frame > 80 || !page.main || b.index <= page.main.start) return false;
  // …and the first link is this very article's title: the feed item pointing home.
  return sameWords(links[0]?.text ?? '', page.title ?? '');
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

function sameWords(a: string, b: string): boolean {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length < 2 || !wb.size) return false;
  return wa.filter((w) => wb.has(w)).length / wa.length >= 0.7;
}

function pathDepth(url: string): number {
  try {
    const u = new URL(url);
    return u.pathname.split('/').filter(Boolean).length + (u.search ? 1 : 0);
  } catch {
    return 0;
  }
}
