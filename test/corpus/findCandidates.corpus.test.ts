/**
 * The candidate search over the shared corpus's offline web: for every `copy` case, the hints a page scan gives
 * cheaply (the case's claimed source as a claim, the copy's foreign image hosts, its title, its history as memory) must
 * put the expected original among the first few candidates, with few fetches. Prints the hit rate and fetch counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FetchError, type MemoryEntry, type Ports } from '../../src/core/ports.ts';
import type { Claim } from '../../src/core/report.ts';
import { directoryFromSites } from '../../src/core/match/directoryFromSites.ts';
import { findCandidates, type Candidate } from '../../src/core/match/findCandidates.ts';
import { normalizeUrl } from '../../src/core/url/normalizeUrl.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const available = existsSync(`${CORPUS}web.json`) && existsSync(`${CORPUS}cases.jsonl`);
/** The original must come within this many candidates. */
const TOP = 3;

interface Case {
  id: string; url: string; history: string[]; tags: string[];
  expect: { verdict: string; originalUrl: string | null; claimedSource: string | null };
}

function offlineWeb() {
  const pages = new Map<string, { file: string; type: string; url: string }>();
  for (const p of (JSON.parse(readFileSync(`${CORPUS}web.json`, 'utf8')) as { pages: { url: string; file: string; type: string }[] }).pages) {
    pages.set(normalizeUrl(p.url)!, p);
  }
  let fetches = 0;
  const ports: Ports = {
    fetch: async (url) => {
      fetches++;
      const page = pages.get(normalizeUrl(url) ?? '');
      if (!page) throw new FetchError('http', 'not in the offline web', url, 404);
      return { url: page.url, status: 200, contentType: page.type, text: readFileSync(`${CORPUS}${page.file}`, 'utf8') };
    },
    parseHtml: (html) => parseHTML(html).document as unknown as Document,
    clock: { now: () => 0 },
  };
  return { pages, ports, fetches: () => fetches, homepages: [...pages.values()].filter((p) => new URL(p.url).pathname === '/' && p.type === 'text/html').map((p) => p.url) };
}

function read(web: ReturnType<typeof offlineWeb>, url: string): string {
  const p = web.pages.get(normalizeUrl(url)!);
  return p ? readFileSync(`${CORPUS}${p.file}`, 'utf8') : '';
}

/** What a scan of the copy would say cheaply: its title and the foreign hosts its images load from. */
function scanCheaply(html: string, url: string) {
  if (!/^\s*</.test(html)) return { title: html.trim().split('\n')[0]?.trim() ?? null, hotlinkHosts: [], text: html };
  const doc = parseHTML(html).document;
  const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')
    ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.querySelector('title')?.textContent?.trim() ?? null;
  const own = new URL(url).hostname;
  const hosts = new Set<string>();
  for (const m of html.matchAll(/<img\b[^>]*?\b(?:src|data-src|data-lazy-src)\s*=\s*["'](https?:\/\/[^"'/]+)/gi)) {
    const h = new URL(m[1]!).hostname;
    if (h !== own) hosts.add(h);
  }
  return { title, hotlinkHosts: [...hosts], text: doc.body?.textContent ?? '' };
}

function claimFor(c: Case): Claim[] {
  const v = c.expect.claimedSource;
  if (!v) return [];
  const via: Claim['via'] = c.tags.includes('feed-footer') ? 'feed-footer' : c.tags.some((t) => t === 'canonical-kept' || t === 'syndicated') ? 'canonical' : 'source-line';
  return [{ value: v, type: /^https?:\/\//.test(v) ? 'url' : 'name', via }];
}

/** A memory of the case's history ranked by shared word trigrams, standing in for MinHash sketches. */
function historyMemory(web: ReturnType<typeof offlineWeb>, history: string[], copyText: string) {
  const grams = (t: string) => {
    const w = t.toLowerCase().split(/\W+/u).filter(Boolean).slice(0, 5000);
    const s = new Set<string>();
    for (let i = 0; i + 2 < w.length; i++) s.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    return s;
  };
  const mine = grams(copyText);
  const entries = history.map((url) => {
    const g = grams(scanCheaply(read(web, url), url).text);
    let shared = 0;
    for (const x of mine) if (g.has(x)) shared++;
    return { entry: { url, title: null, visitedAt: 0, sketch: [1] } satisfies MemoryEntry, sim: shared / Math.max(1, mine.size) };
  });
  return {
    remember: async () => {},
    recall: async (_s: number[], limit: number) => entries.filter((e) => e.sim > 0.05).sort((a, b) => b.sim - a.sim).slice(0, limit).map((e) => e.entry),
  };
}

if (!available) {
  test('corpus absent: nothing to measure', () => expect(available).toBe(false));
} else {
  describe('findCandidates over the corpus', () => {
    const cases = readFileSync(`${CORPUS}cases.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Case);

    test('finds the expected original among the first candidates of copy cases', async () => {
      const web = offlineWeb();
      const directory = await directoryFromSites(web.homepages, web.ports);
      const rows: { id: string; hit: number; fetches: number; kind: string }[] = [];
      for (const c of cases.filter((x) => x.expect.verdict === 'copy')) {
        const html = read(web, c.url);
        const scan = scanCheaply(html, c.url);
        const ports: Ports = { ...web.ports, directory, ...(c.history.length ? { memory: historyMemory(web, c.history, scan.text) } : {}) };
        const before = web.fetches();
        const got: Candidate[] = [];
        let hit = 0;
        let fetchesAtHit = 0;
        for await (const cand of findCandidates({ url: c.url, title: scan.title, lang: null, claims: claimFor(c), hotlinkHosts: scan.hotlinkHosts, sketch: c.history.length ? [1] : null }, ports)) {
          got.push(cand);
          if (normalizeUrl(cand.url) === normalizeUrl(c.expect.originalUrl!)) {
            hit = got.length;
            // Search fetches so far plus one verification fetch per candidate tried.
            fetchesAtHit = web.fetches() - before + got.length;
            break;
          }
          if (got.length >= 10) break;
        }
        const kind = c.expect.claimedSource ? (/^https?:/.test(c.expect.claimedSource) ? 'claimed-url' : 'named') : c.history.length && !c.tags.includes('locator:hotlink') ? 'history' : 'hotlink';
        rows.push({ id: c.id, hit, fetches: hit ? fetchesAtHit : web.fetches() - before + got.length, kind });
      }
      const summary: Record<string, string> = {};
      for (const kind of ['all', 'claimed-url', 'named', 'hotlink', 'history']) {
        const rs = rows.filter((r) => kind === 'all' || r.kind === kind);
        const hits = rs.filter((r) => r.hit > 0 && r.hit <= TOP);
        summary[kind] = `${hits.length}/${rs.length} hit in top ${TOP}, avg fetches ${(rs.reduce((s, r) => s + r.fetches, 0) / Math.max(1, rs.length)).toFixed(2)}`;
      }
      console.log('findCandidates corpus:', summary, 'misses:', rows.filter((r) => !r.hit || r.hit > TOP).map((r) => `${r.id}(${r.kind}, rank ${r.hit})`));
      expect(rows.filter((r) => r.hit > 0 && r.hit <= TOP).length / rows.length).toBeGreaterThanOrEqual(0.95);
    });

    test('spends a bounded number of fetches on pages that are not copies', async () => {
      const web = offlineWeb();
      const directory = await directoryFromSites(web.homepages, web.ports);
      const counts: number[] = [];
      for (const c of cases.filter((x) => x.expect.verdict !== 'copy')) {
        const html = read(web, c.url);
        const scan = scanCheaply(html, c.url);
        const before = web.fetches();
        let n = 0;
        for await (const _ of findCandidates({ url: c.url, title: scan.title, lang: null, claims: claimFor(c), hotlinkHosts: scan.hotlinkHosts, sketch: null }, { ...web.ports, directory })) n++;
        counts.push(web.fetches() - before + n);
      }
      const avg = counts.reduce((s, n) => s + n, 0) / counts.length;
      console.log(`findCandidates corpus: suspected/clean cases: avg ${avg.toFixed(2)} fetches, max ${Math.max(...counts)}`);
      expect(Math.max(...counts)).toBeLessThanOrEqual(50);
    });
  });
}
