/**
 * One site of the publisher directory as the directory's lookups read it: its host, registrable domain and domain
 * labels, its names' folded words, and its image hosts, worked out once per entry (publisherDirectory.ts scores
 * queries against these; siteRecord.ts writes them as data for the built-in publishers).
 */
import { getDomain, getDomainWithoutSuffix, getSubdomain } from 'tldts';
import { COMMON_NAME_WORDS } from '../data/publisherNameWords.ts';
import { SHARED_MEDIA_DOMAINS } from '../data/sharedMediaHosts.ts';
import { titleWords } from './titleWords.ts';

export interface DirectoryEntry {
  name: string;
  /** Site origin, e.g. "https://www.theguardian.com". */
  origin: string;
  aliases?: string[];
  /** Image/CDN host names the site serves its pictures from (i.guim.co.uk). */
  imageHosts?: string[];
}

export const TLD_OPTIONS = { allowPrivateDomains: true } as const;
const LOW_WEIGHT = 0.25;

export interface Form {
  words: string[];
  weight: number;
  /** First letters of all words, and of the words after a leading article ("tnyt", "nyt"): read once, not per query. */
  initials: string;
  restInitials: string;
}

export interface Site {
  origin: string;
  host: string;
  domain: string | null;
  /** Registrable label and the host without "www" and suffix, run together: "theguardian", "sportaktualne". */
  labels: string[];
  forms: Form[];
  /** Read only: sites read from data share one empty set. */
  imageHosts: ReadonlySet<string>;
  imageDomains: ReadonlySet<string>;
}

export const weightOf = (w: string) => (COMMON_NAME_WORDS.has(w) ? LOW_WEIGHT : 1);
const sumWeights = (words: Iterable<string>) => [...new Set(words)].reduce((s, w) => s + weightOf(w), 0);

export function formOf(words: string[]): Form {
  const initials = words.map((w) => w[0]).join('');
  const restInitials = COMMON_NAME_WORDS.has(words[0] ?? '') ? initials.slice(1) : initials;
  return { words, weight: sumWeights(words), initials, restInitials };
}

export function form(name: string): Form | null {
  const words = [...new Set(titleWords(name))];
  return words.length ? formOf(words) : null;
}

/** A host on a CDN or platform shared by many sites (checked with and without the private part of the suffix list). */
export function isSharedMediaHost(host: string): boolean {
  const icann = getDomain(host);
  const full = getDomain(host, TLD_OPTIONS);
  return (icann !== null && SHARED_MEDIA_DOMAINS.has(icann)) || (full !== null && SHARED_MEDIA_DOMAINS.has(full));
}

export function makeSite(e: DirectoryEntry): Site | null {
  let url: URL;
  try {
    url = new URL(e.origin);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const domain = getDomain(host, TLD_OPTIONS);
  const label = getDomainWithoutSuffix(host, TLD_OPTIONS);
  const sub = (getSubdomain(host, TLD_OPTIONS) ?? '').split('.').filter((s) => s && s !== 'www' && !/^www\d*$/.test(s));
  // On a platform of many sites (x.tumblr.com) the platform's name is not the site's; where the suffix list already
  // separates the sites (x.blogspot.com), the registrable label is the site's own.
  const platform = isSharedMediaHost(host) ? getDomainWithoutSuffix(host) : null;
  const own = label && label !== platform ? label : '';
  const labels = [
    ...new Set([own, [...sub, own].join('')].filter((l) => l.length > 0).map((l) => l.replace(/-/g, ''))),
  ];
  const forms = [e.name, ...(e.aliases ?? [])].map(form).filter((f): f is Form => f !== null);
  const imageHosts = new Set((e.imageHosts ?? []).map((h) => h.toLowerCase()));
  const imageDomains = new Set<string>();
  for (const h of imageHosts) {
    const d = getDomain(h, TLD_OPTIONS);
    if (d && !isSharedMediaHost(h)) imageDomains.add(d);
  }
  return { origin: url.origin, host, domain, labels, forms, imageHosts, imageDomains };
}
