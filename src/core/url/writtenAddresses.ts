/**
 * Web addresses written out in a line of text, the way posts give them rather than link them: with a scheme
 * ("https://outlet.example/a.html"), starting at a "www." host, or with no scheme at all when a path follows a host
 * whose suffix is a real one ("outlet.example/2024/05/slug", "site.in/?p=12"); in brackets, or glued to the
 * sentence's full stop ("….html."). Each comes back as written and as an absolute http(s) URL.
 *
 * Hostile lines are bounded: only the first MAX_LINE characters are read, at most MAX_PER_LINE addresses, and the
 * patterns are linear (a host's labels cannot overlap their dots, and a scheme-less host may only start where no
 * letter, digit, dot, slash or "@" stands before it, so a long run of letters or dots is tried once).
 */
import { parse } from 'tldts';
import { stripTrailingPunctuation } from './stripTrailingPunctuation.ts';

/** Characters of a line read for addresses. */
const MAX_LINE = 4_000;
const MAX_PER_LINE = 8;
const WITH_SCHEME = /(?:https?:\/\/|www\.)[^\s<>"'，。、「」『』【】（）]{3,600}/giu;
/** A host (up to six labels) and a path: "outlet.example/…". No scheme, so the suffix must be a real one. */
const SCHEMELESS =
  /(?<![\p{L}\p{N}@./:-])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,24}\/[^\s<>"'，。、「」『』【】（）]{0,600}/giu;

export interface WrittenAddress {
  /** The address as written, its trailing punctuation and unbalanced closing bracket dropped. */
  raw: string;
  /** An absolute http(s) URL. */
  url: string;
  /** Where `raw` starts and ends in the line. */
  start: number;
  end: number;
}

/** The addresses written in a line, in order. */
export function writtenAddresses(line: string): WrittenAddress[] {
  const text = line.slice(0, MAX_LINE);
  const found: WrittenAddress[] = [];
  const taken: [number, number][] = [];
  for (const re of [WITH_SCHEME, SCHEMELESS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && found.length < MAX_PER_LINE; m = re.exec(text)) {
      const start = m.index;
      if (taken.some(([a, b]) => start >= a && start < b)) continue;
      const raw = trimAddress(m[0]);
      const url = absolute(raw, re === SCHEMELESS);
      taken.push([start, start + m[0].length]);
      if (url) found.push({ raw, url, start, end: start + raw.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Sentence punctuation and a closing bracket the address did not open ("(see outlet.example/x)"). */
function trimAddress(raw: string): string {
  let s = stripTrailingPunctuation(raw);
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (s.endsWith(close) && count(s, open) < count(s, close)) s = stripTrailingPunctuation(s.slice(0, -1));
  }
  return s;
}

function count(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}

function absolute(raw: string, schemeless: boolean): string | null {
  const href = /^https?:\/\//iu.test(raw) ? raw : `https://${raw}`;
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // Without a scheme, "node.js/docs" or "e.g./" is no address: the host's suffix must be one the registry knows.
  const host = parse(u.hostname);
  if (!host.domain || (schemeless && !host.isIcann)) return null;
  return u.href;
}
