/**
 * The site of a publisher that a page names without a link ("Source: Medium", "Źródło: CNNMoney") when no directory
 * entry knows the name: hosts are guessed from the name's shape and each guess is fetched (its homepage only, a few
 * tries) and kept only when the homepage calls itself by that name (og:site_name, title, JSON-LD publisher). A guess
 * is never evidence by itself: the article found on that site still has to contain the page's text.
 *
 * Shapes, each a family of how brands become hosts:
 * - a brand written as one word or run together: "Medium" → medium.com, "The Verge" → theverge.com / verge.com;
 * - the same label under the copy's own country suffix: "Novinky" on a .cz copy → novinky.cz;
 * - a brand followed by a section, CamelCase or two words: "CNNMoney", "Yahoo Finance" → money.cnn.com,
 *   finance.yahoo.com (sections on their own subdomain);
 * - the "www." form of the first guess, for sites whose bare domain does not answer.
 * A name written as a domain ("Aktuálně.cz") is its own host and needs no guess (findCandidates).
 */
import { getPublicSuffix } from 'tldts';
import { COMMON_NAME_WORDS } from '../data/publisherNameWords.ts';
import { parseBounded } from '../page/parseBounded.ts';
import type { Ports } from '../ports.ts';
import { originOf } from '../url/originOf.ts';
import { hostOf as hostOfUrl } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { homepageNames } from './homepageNames.ts';
import { hostOf, isSameName } from './publisherDirectory.ts';

/** Longer than this, a "name" is a phrase, not a brand. */
const MAX_NAME_CHARS = 60;
/** Brands are a few words at most ("The New York Times"). */
const MAX_WORDS = 4;
/** Homepages fetched per name: each costs a request to a host the page never linked. */
export const MAX_GUESS_TRIES = 4;
const LABEL = /^[a-z0-9]{3,40}$/;
/** A piece of a name: an acronym before a capitalised word ("CNN" of "CNNMoney"), a word, digits. */
const PIECE = /[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g;

/** A CamelCase word's pieces: "CNNMoney" → CNN, Money; "BuzzFeed" → Buzz, Feed. */
export function namePieces(word: string): string[] {
  return word.match(PIECE) ?? [];
}

/** Latin letters without their marks, case kept ("Aktuálně" → "Aktualne"); null when the name has other letters. */
function asciiName(name: string): string | null {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/['’ʼ`]/g, '');
  // Letters and digits left outside a-z and 0-9 (Cyrillic, Han…) make no host name.
  return /[^A-Za-z0-9]/.test(folded.replace(/[^\p{L}\p{N}]/gu, '')) ? null : folded;
}

/** The copy's country suffix ("cz", "co.uk", "com.vn"), when its host has one. */
function countrySuffix(pageUrl: string): string | null {
  const host = hostOfUrl(pageUrl);
  const suffix = host ? (getPublicSuffix(host) ?? '') : '';
  return /(?:^|\.)[a-z]{2}$/.test(suffix) ? suffix : null;
}

/** Candidate origins for a publisher name, likeliest first, at most MAX_GUESS_TRIES. */
export function siteGuesses(name: string, pageUrl: string): string[] {
  const raw = name.trim();
  if (!raw || raw.length > MAX_NAME_CHARS || hostOf(raw)) return [];
  const ascii = asciiName(raw);
  if (!ascii) return [];
  const words = ascii.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return [];
  const lower = words.map((w) => w.toLowerCase());
  const whole = lower.join('');
  const distinctive = lower.filter((w) => !COMMON_NAME_WORDS.has(w)).join('');
  // One CamelCase word cut at its capitals ("CNNMoney" → CNN, Money), or the name's two words.
  const pieces = words.length === 1 ? namePieces(words[0]!) : words;
  const [brand = '', section = ''] = pieces.length === 2 ? pieces.map((p) => p.toLowerCase()) : [];
  const sectionHost = brand.length >= 2 && section.length >= 3 && !COMMON_NAME_WORDS.has(brand);
  const country = countrySuffix(pageUrl);
  const hosts = [
    `${whole}.com`,
    country ? `${whole}.${country}` : '',
    distinctive ? `${distinctive}.com` : '',
    sectionHost ? `${section}.${brand}.com` : '',
    `www.${whole}.com`,
  ];
  const own = siteOf(hostOfUrl(pageUrl));
  return [...new Set(hosts)]
    .filter((h) => h && LABEL.test(h.replace(/^www\./, '').split('.')[0]!) && siteOf(h) !== own)
    .slice(0, MAX_GUESS_TRIES)
    .map((h) => `https://${h}`);
}

export interface GuessedSite {
  /** The site's origin after redirects, or null when no guess called itself by the name. */
  origin: string | null;
  /** Homepages fetched. */
  fetches: number;
}

/** Fetches the guesses' homepages in order and returns the first one whose names match `name`. */
export async function guessPublisherSite(
  name: string,
  pageUrl: string,
  ports: Ports,
  options: { maxTries?: number; signal?: AbortSignal } = {},
): Promise<GuessedSite> {
  let fetches = 0;
  const guesses = siteGuesses(name, pageUrl).slice(0, options.maxTries ?? MAX_GUESS_TRIES);
  for (const origin of guesses) {
    if (options.signal?.aborted) break;
    fetches++;
    try {
      const res = await ports.fetch(`${origin}/`, options.signal ? { signal: options.signal } : undefined);
      if (res.status < 200 || res.status >= 300 || !/html/.test(res.contentType)) continue;
      const names = homepageNames(parseBounded(ports.parseHtml, res.text, res.url));
      if (isSameName(name, names)) return { origin: originOf(res.url) ?? origin, fetches };
    } catch {
      // Not a site, not reachable, or refused by the fetcher's policy: the next guess.
    }
  }
  return { origin: null, fetches };
}
