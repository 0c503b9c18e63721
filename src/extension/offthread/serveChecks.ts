/**
 * The worker side of an off-thread check: runs core's check on the task it is given, with linkedom as the parser,
 * the publisher directory built here, and a fetcher and memory that ask the background (which keeps the URL policy,
 * the safe fetcher and storage). One task per worker at a time; the background terminates the worker to stop it.
 */
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { checkHtml, checkUrl } from '../../core/check.ts';
import { ALL_PUBLISHERS } from '../../core/data/publishers/allPublishers.ts';
import { packSetOfLanguages } from '../../core/data/lang/packSet.ts';
import { warmPackSet } from '../../core/data/lang/warmPackSet.ts';
import {
  makePublisherDirectory,
  type DirectoryEntry,
  type SiteDirectory,
} from '../../core/match/publisherDirectory.ts';
import { FetchError, type FetchResponse, type MemoryEntry, type Ports } from '../../core/ports.ts';
import { fromWire, toWire, type CheckTask, type FromWorker, type ToWorker } from './checkMessages.ts';

/** Either end of a thread: a web Worker's `self`, a Worker, a Node MessagePort adapted. */
export interface Endpoint<In, Out> {
  post(message: Out): void;
  listen(handler: (message: In) => void): void;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A page of the common shape (title, byline, dateline, paragraphs, a source line with a link, a footer) and the
 * original it links to, checked once when the worker starts: a worker's first check pays for compiling the engine's
 * matchers (hundreds of ms, seconds on a loaded machine), and this way that is paid while the reader's page loads.
 * Written for this purpose; it is no corpus or test page, and its check fetches nothing (the original is served here).
 */
const WARM_UP_ORIGINAL = 'https://news.example.org/2024/05/02/council-budget-transport';
const WARM_UP_PARAGRAPHS = [
  'The city council met on Tuesday evening to discuss the new budget for public transport and road repairs.',
  'Officials said the plan would be reviewed again next month, after residents had been heard at three meetings.',
  'Bus fares would stay the same this year, while two new lines are to open in the northern districts in spring.',
  'The opposition called the plan too cautious and asked for a vote on the tram extension before the summer.',
];
const warmUpPage = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves transport budget | Example Daily</title>${head}</head><body><header><a href="/">Example Daily</a><nav><a href="/news/">News</a></nav></header><article><h1>Council approves transport budget</h1><p class="byline">By Jane Doe</p>${body}</article><footer><p>© 2024 Example Daily. All rights reserved.</p></footer></body></html>`;
const WARM_UP_COPY = warmUpPage(
  '<meta name="generator" content="WordPress 6.4">',
  `<p>SPRINGFIELD (Example Press) — ${WARM_UP_PARAGRAPHS.join('</p><p>')}</p><p>Source: ${WARM_UP_ORIGINAL}</p>`,
);
const WARM_UP_HTML = warmUpPage(
  `<meta property="og:site_name" content="Example Times"><link rel="canonical" href="${WARM_UP_ORIGINAL}">`,
  `<p>${WARM_UP_PARAGRAPHS.join('</p><p>')}</p>`,
);

export interface Serving {
  /** The first warm-up's verdict ("copy": the built-in page went through every stage), null when cut short. */
  warmedUp: Promise<string | null>;
}

/** The built-in publishers as directory entries, made once: the directory reuses what it read from each object. */
const PUBLISHER_ENTRIES: DirectoryEntry[] = ALL_PUBLISHERS.map((p) => ({ ...p }));

export function serveChecks(endpoint: Endpoint<ToWorker, FromWorker>): Serving {
  let nextCall = 0;
  // The publisher tables are the same for every check: read once per worker (generated data, 20-30 ms), and when the
  // sites the reader taught the extension change, only those are read again.
  let directory: { key: string; value: SiteDirectory } | null = null;
  const directoryFor = (knownSites: DirectoryEntry[]): SiteDirectory => {
    const key = JSON.stringify(knownSites);
    if (directory?.key !== key)
      directory = { key, value: makePublisherDirectory([...PUBLISHER_ENTRIES, ...knownSites]) };
    return directory.value;
  };
  const calls = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const ask = <T>(message: (call: number) => FromWorker): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const call = nextCall++;
      calls.set(call, { resolve: resolve as (v: unknown) => void, reject });
      endpoint.post(message(call));
    });

  const run = async (task: CheckTask): Promise<void> => {
    const ports: Ports = {
      fetch: (url) => ask<FetchResponse>((call) => ({ type: 'fetch', call, url })),
      parseHtml: parseHtmlLinkedom,
      directory: directoryFor(task.knownSites),
      clock: { now: () => Date.now() },
      ...(task.memory
        ? {
            memory: {
              recall: (sketch: number[], limit: number) =>
                ask<MemoryEntry[]>((call) => ({ type: 'recall', call, sketch, limit })),
              remember: (entry: MemoryEntry) => ask<void>((call) => ({ type: 'remember', call, entry })),
            },
          }
        : {}),
      sha256,
    };
    try {
      const { input } = task;
      const result =
        input.kind === 'html'
          ? await checkHtml(input.html, input.url, ports, { contentType: input.contentType })
          : await checkUrl(input.url, ports);
      endpoint.post({ type: 'done', result });
    } catch (e) {
      endpoint.post({ type: 'failed', error: toWire(e) });
    }
  };

  // The warm-up gives way as soon as a real check arrives: what it has compiled by then is kept.
  let warming: AbortController | null = null;
  let warmed: (verdict: string | null) => void = () => undefined;
  const warmedUp = new Promise<string | null>((resolve) => {
    warmed = resolve;
  });
  /**
   * The reader's language packs compiled one matcher a task (warmPackSet.ts): a check posted meanwhile is read
   * between two of them, stops the rest, and waits at most one matcher's compiling.
   */
  const warmLanguages = async (languages: readonly string[], signal: AbortSignal): Promise<void> => {
    for (const _ of warmPackSet(packSetOfLanguages(languages))) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) return;
    }
  };
  const warmUp = (languages: readonly string[]): void => {
    if (warming) return;
    const controller = new AbortController();
    warming = controller;
    const ports: Ports = {
      fetch: async (url) => {
        if (url !== WARM_UP_ORIGINAL) throw new FetchError('network', 'warm-up: nothing is fetched', url);
        return { url, status: 200, contentType: 'text/html', text: WARM_UP_HTML };
      },
      parseHtml: parseHtmlLinkedom,
      directory: directoryFor([]),
      clock: { now: () => Date.now() },
      sha256,
      // A turn of this thread's event loop between stages: a check posted meanwhile is read there and stops the
      // warm-up, instead of waiting (on the background's time budget) for the warm-up's last stage.
      yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
    };
    checkHtml(WARM_UP_COPY, 'https://copy.warm-up.invalid/council-approves-transport-budget/', ports, {
      signal: controller.signal,
      remember: false,
    }).then(
      (result) => {
        warmed(result.report.verdict);
        return warmLanguages(languages, controller.signal);
      },
      () => warmed(null),
    );
  };

  endpoint.listen((message) => {
    if (message.type === 'warm-up') warmUp(message.languages ?? []);
    else if (message.type === 'check') {
      warming?.abort();
      void run(message.task);
    } else if (message.type === 'reply') {
      const pending = calls.get(message.call);
      calls.delete(message.call);
      if (!pending) return;
      if (message.ok) pending.resolve(message.value);
      else pending.reject(fromWire(message.error));
    }
  });
  return { warmedUp };
}
