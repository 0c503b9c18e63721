/**
 * The worker side of an off-thread check: runs core's check on the task it is given, with linkedom as the parser,
 * the publisher directory built here, and a fetcher and memory that ask the background (which keeps the URL policy,
 * the safe fetcher and storage). One task per worker at a time; the background terminates the worker to stop it.
 */
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { checkHtml, checkUrl } from '../../core/check.ts';
import { ALL_PUBLISHERS } from '../../core/data/publishers/allPublishers.ts';
import { makePublisherDirectory } from '../../core/match/publisherDirectory.ts';
import type { FetchResponse, MemoryEntry, Ports } from '../../core/ports.ts';
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

export function serveChecks(endpoint: Endpoint<ToWorker, FromWorker>): void {
  let nextCall = 0;
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
      directory: makePublisherDirectory([...ALL_PUBLISHERS.map((p) => ({ ...p })), ...task.knownSites]),
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

  endpoint.listen((message) => {
    if (message.type === 'check') void run(message.task);
    else if (message.type === 'reply') {
      const pending = calls.get(message.call);
      calls.delete(message.call);
      if (!pending) return;
      if (message.ok) pending.resolve(message.value);
      else pending.reject(fromWire(message.error));
    }
  });
}
