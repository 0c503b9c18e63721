/**
 * (e) Memory, in Chromium with the built extension: the service worker's peak heap while it checks each heavy page
 * (CDP `Runtime.getHeapUsage` on the worker, sampled every 25 ms from the page's load to its final badge, after a
 * forced GC before the load), and what the content script keeps once it has run: the page's heap after a forced GC
 * (in the same tab, once the badge is final and at least 4 s after the load) with the extension minus the same
 * page's without any extension (and with the messaging floor extension, for comparison) (the isolated world shares the page's V8 heap, so
 * the difference is what the extension's world retains: its listener and anything it forgot to drop).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import WebSocket from 'ws';
import { badgeOf, CHROMIUM, chromiumArgs, tabIdOf, type Launched } from '../test/e2e/launch.ts';
import { loadMessages } from '../test/e2e/messages.ts';
import { startTestWeb } from '../test/e2e/server.ts';
import { benchWeb, REPO_ROOT } from './benchPages.ts';
import { writeHeavyPages } from './heavyPages.ts';
import { summarize, type Summary } from './stats.ts';

const OUT_DIR = path.join(REPO_ROOT, 'test-results', 'bench-heap');
const DIST = process.env.PROVENANCE_EXTENSION_DIR ?? path.join(REPO_ROOT, 'dist', 'chrome-test');
const MB = 1024 * 1024;
/** How long after the load a page is left before its heap is read (the harness's settle time). */
const SETTLE_MS = 4000;
/** The harness's floor extension that only listens and sends one small message: what keeping a listener costs. */
const FLOOR = path.join(REPO_ROOT, 'bench', 'perf', 'floor-messaging');

export interface HeapResult {
  pages: {
    url: string;
    kind: string;
    workerBaseMb: number | null;
    workerPeakMb: number | null;
    badge: string;
    retainedKb: number | null;
    floorRetainedKb: number | null;
  }[];
  workerPeakMb: Summary;
  retainedKb: Summary;
  /** The same measure for the messaging floor extension. */
  floorRetainedKb: Summary;
}

/** A minimal CDP client over the browser's WebSocket (flat sessions). */
class Cdp {
  private next = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private constructor(private ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      const p = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    });
  }
  static async connect(url: string): Promise<Cdp> {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new Cdp(ws);
  }
  send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.next++;
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      setTimeout(() => {
        if (this.pending.delete(id)) reject(new Error(`${method}: no answer`));
      }, 15_000);
    });
  }
  close(): void {
    this.ws.close();
  }
}

interface Browser {
  context: BrowserContext;
  cdp: Cdp;
  dir: string;
  close(): Promise<void>;
}

async function open(web: Awaited<ReturnType<typeof startTestWeb>>, extension: string | false): Promise<Browser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-heap-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false,
    args: [...chromiumArgs(web, extension), '--remote-debugging-port=0', '--js-flags=--expose-gc'],
    viewport: { width: 1100, height: 800 },
  });
  let port = '';
  for (let i = 0; i < 100 && !port; i++) {
    try {
      port = fs.readFileSync(path.join(dir, 'DevToolsActivePort'), 'utf8');
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const [p, wsPath] = port.trim().split('\n');
  const cdp = await Cdp.connect(`ws://127.0.0.1:${p}${wsPath}`);
  return {
    context,
    cdp,
    dir,
    async close() {
      cdp.close();
      await context.close().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The e2e helpers' view of a browser with the extension (its worker found once it has started). */
async function asLaunched(b: Browser): Promise<Launched> {
  const isOurs = (w: { url(): string }) => w.url().startsWith('chrome-extension://');
  const worker = async () =>
    b.context.serviceWorkers().find(isOurs) ??
    (await b.context.waitForEvent('serviceworker', { timeout: 20_000, predicate: isOurs }));
  const w = await worker();
  return { context: b.context, extensionId: new URL(w.url()).host, userDataDir: b.dir, worker, close: b.close };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function attach(cdp: Cdp, match: (t: TargetInfo) => boolean): Promise<string | null> {
  for (let i = 0; i < 50; i++) {
    const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    const t = targetInfos.find(match);
    if (t) {
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId: t.targetId,
        flatten: true,
      });
      return sessionId;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function usedAfterGc(cdp: Cdp, sessionId: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
  return (await cdp.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, sessionId)).usedSize;
}

const isWorker = (t: TargetInfo) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://');

/** The page's heap after GC, once the content script has had its time (idle + the background's requests). */
async function pageHeap(b: Browser, url: string, settleMs: number): Promise<number | null> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(settleMs);
    const session = await attach(b.cdp, (t) => t.type === 'page' && t.url === url);
    if (!session) return null;
    return await usedAfterGc(b.cdp, session);
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function heap(
  log: (s: string) => void,
  corpusPages = Number(process.env.BENCH_HEAP_PAGES ?? 5),
): Promise<HeapResult> {
  const heavy = writeHeavyPages(path.join(OUT_DIR, 'heavy'));
  const corpus = benchWeb();
  const dir = path.dirname(corpus.webJson);
  const { pages } = JSON.parse(fs.readFileSync(corpus.webJson, 'utf8')) as { pages: { url: string; file: string }[] };
  const webJson = path.join(OUT_DIR, 'web.json');
  fs.writeFileSync(
    webJson,
    JSON.stringify({
      pages: [
        ...pages.map((p) => ({ ...p, file: path.relative(OUT_DIR, path.resolve(dir, p.file)) })),
        ...heavy.map((h) => ({ url: h.url, file: path.relative(OUT_DIR, h.file), type: h.type })),
      ],
    }),
  );
  const targets = [
    ...heavy.map((h) => ({ url: h.url, kind: h.kind })),
    ...corpus.checks.slice(0, corpusPages).map((c) => ({ url: c.url, kind: 'corpus' })),
  ];
  const msg = loadMessages('en');
  const clean = msg('badgeClean');
  const web = await startTestWeb({ webJson });
  const out: HeapResult['pages'] = [];
  try {
    for (const t of targets) {
      // The worker: a fresh browser per page, so each peak is one page's check.
      const b = await open(web, DIST);
      let base: number | null = null;
      let peak: number | null = null;
      let badge = '';
      let retained: number | null = null;
      try {
        const launched = await asLaunched(b);
        const sw = await attach(b.cdp, isWorker);
        if (!sw) throw new Error('no service worker');
        base = await usedAfterGc(b.cdp, sw);
        peak = base;
        const page = await b.context.newPage();
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            const { usedSize } = await b.cdp
              .send<{ usedSize: number }>('Runtime.getHeapUsage', {}, sw)
              .catch(() => ({ usedSize: 0 }));
            peak = Math.max(peak ?? 0, usedSize);
            await new Promise((r) => setTimeout(r, 25));
          }
        })();
        await page.goto(t.url, { waitUntil: 'load', timeout: 60_000 });
        const tabId = await tabIdOf(launched, page.url());
        const loaded = Date.now();
        while (Date.now() - loaded < 60_000) {
          const now = await badgeOf(launched, tabId);
          badge = now.text;
          if (badge !== '…' && (badge !== '' || now.title === clean)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        sampling = false;
        await sampler;
        // The same tab, once the check is over and the content script has had the page's settle time.
        await page.waitForTimeout(Math.max(1000, SETTLE_MS - (Date.now() - loaded)));
        const session = await attach(b.cdp, (x) => x.type === 'page' && x.url === page.url());
        retained = session ? await usedAfterGc(b.cdp, session) : null;
        await page.close();
      } catch (e) {
        log(`  (e) ${t.url}: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await b.close();
      }
      const heapWith = async (extension: string | false): Promise<number | null> => {
        const other = await open(web, extension);
        try {
          return await pageHeap(other, t.url, SETTLE_MS);
        } catch {
          return null;
        } finally {
          await other.close();
        }
      };
      const without = await heapWith(false);
      const floor = await heapWith(FLOOR);
      const row = {
        url: t.url,
        kind: t.kind,
        workerBaseMb: base === null ? null : base / MB,
        workerPeakMb: peak === null ? null : peak / MB,
        badge,
        retainedKb: retained !== null && without !== null ? (retained - without) / 1024 : null,
        floorRetainedKb: floor !== null && without !== null ? (floor - without) / 1024 : null,
      };
      out.push(row);
      log(
        `  (e) ${t.kind}: worker ${row.workerBaseMb?.toFixed(1)} → peak ${row.workerPeakMb?.toFixed(1)} MB, badge "${badge}", content script retains ${row.retainedKb?.toFixed(0)} kB (messaging floor ${row.floorRetainedKb?.toFixed(0)} kB)`,
      );
    }
  } finally {
    await web.close();
  }
  const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  const result = {
    pages: out,
    workerPeakMb: summarize(nums(out.filter((p) => p.kind !== 'corpus').map((p) => p.workerPeakMb))),
    retainedKb: summarize(nums(out.map((p) => p.retainedKb))),
    floorRetainedKb: summarize(nums(out.map((p) => p.floorRetainedKb))),
  };
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'heap.json'), JSON.stringify(result, null, 1));
  return result;
}
