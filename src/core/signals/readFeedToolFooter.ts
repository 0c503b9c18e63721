/**
 * A feed tool's footer: "from <Feed name> <short link>", the line IFTTT's and similar relays' recipes append to each
 * item they post ("… from Daily Star https://ift.tt/2xYz"). The link is the tool's redirect (data/feedToolHosts.ts),
 * no source; the feed's name, between "from" and the link, is the outlet the item was taken from. The template's
 * words are the tool's, in English whatever the page's language, so they are written here and not in a pack.
 */
import type { Claim } from '../report.ts';
import { FEED_TOOL_HOSTS } from '../data/feedToolHosts.ts';
import { PLATFORM_SITES } from '../data/sourceShapeNegatives.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { stripTrailingPunctuation } from '../url/stripTrailingPunctuation.ts';
import { HOST_TEXT_RE } from './sourceLinePatterns.ts';
import { namedOutlet } from './namedOutlet.ts';
import type { FeedFooterOutlet } from './readFeedFooterOutlet.ts';

const MAX_LINE = 300;
const MAX_LINES = 200;
const MAX_NAME_WORDS = 8;
/** "from", the feed's name (a few words, bounded), then one link alone at the line's end. */
const FOOTER = /^from\s+(\S[^\n]{0,80}?)\s+(https?:\/\/[^\s]{3,200})$/iu;
/** A platform's name is where the item was posted, not an outlet ("from Twitter https://…"). */
const PLATFORM_WORDS = new Set([...PLATFORM_SITES].map((s) => s.split('.')[0] ?? ''));

/** The outlet named by the first feed-tool footer line of `text`, or null. */
export function readFeedToolFooter(text: string): FeedFooterOutlet | null {
  // Every short block of a page is asked: the footer's link is written out, so a text with no address has none.
  if (!text.includes('://')) return null;
  const lines = text.normalize('NFC').split('\n', MAX_LINES);
  for (const raw of lines) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    if (line.length > MAX_LINE) continue;
    const m = FOOTER.exec(line);
    if (!m || !FEED_TOOL_HOSTS.has(siteOf(hostOf(m[2] ?? '')) ?? '')) continue;
    const claim = claimOf(outletOfTitle(m[1] ?? ''));
    if (claim) return { line, claim };
  }
  return null;
}

/**
 * A feed's title is often a section's and the outlet's, as the outlet titles its pages ("Sports - Daily Star",
 * "Daily Star | World"): the part the directory knows, else the last (a page title's site name ends it).
 */
function outletOfTitle(title: string): string {
  const parts = title
    .split(/\s[-–—|｜:]\s/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title;
  return parts.find((p) => namedOutlet(p)) ?? parts[parts.length - 1] ?? title;
}

function claimOf(raw: string): Claim | null {
  const name = stripTrailingPunctuation(raw.trim())
    .replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/gu, '')
    .trim();
  if (!/\p{L}/u.test(name) || name.split(/\s+/u).length > MAX_NAME_WORDS) return null;
  if (PLATFORM_WORDS.has(name.toLowerCase())) return null;
  if (HOST_TEXT_RE.test(name) && !name.includes('/')) {
    const host = name.toLowerCase();
    const site = siteOf(host) ?? '';
    return PLATFORM_SITES.has(site) || FEED_TOOL_HOSTS.has(site)
      ? null
      : { value: host, type: 'host', via: 'feed-footer' };
  }
  return { value: name, type: 'name', via: 'feed-footer' };
}
