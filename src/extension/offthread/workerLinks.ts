/**
 * How the background starts a check worker in each browser:
 * - Firefox's background is an event page, which has `Worker`: the worker is started directly.
 * - Chromium's service worker has no `Worker`; an offscreen document (chrome.offscreen, reason WORKERS) starts the
 *   workers for it and relays their messages over one runtime port (offscreen.ts). The document is created once
 *   and kept; if it goes away, the checks it held fail and the next check creates it again.
 */
import type { FromWorker, ToWorker } from './checkMessages.ts';
import type { WorkerLink } from './offThreadChecks.ts';
import { OFFSCREEN_PATH, RELAY_PORT, type RelayIn, type RelayOut } from './relayMessages.ts';

/** A web Worker as a link. */
export function webWorkerLink(worker: Worker): WorkerLink {
  let handler: (m: FromWorker) => void = () => undefined;
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => handler(event.data));
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    handler(workerDied(event.message || 'the check worker failed'));
  });
  return {
    post: (message: ToWorker) => worker.postMessage(message),
    listen: (h) => {
      handler = h;
    },
    terminate: () => worker.terminate(),
  };
}

export function workerDied(message: string): FromWorker {
  return { type: 'failed', error: { name: 'Error', code: 'internal', message, url: null, status: null } };
}

/** The parts of Chromium's API the offscreen route uses. */
export interface ChromeOffscreenApi {
  runtime: {
    connect(info: { name: string }): ChromePort;
    getURL(path: string): string;
    getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
  };
  offscreen: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
}

export interface ChromePort {
  postMessage(message: RelayIn): void;
  onMessage: { addListener(listener: (message: RelayOut) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Spawns workers in the offscreen document, creating it (once) when needed. */
export function offscreenSpawner(chrome: ChromeOffscreenApi): () => Promise<WorkerLink> {
  let relay: Promise<ChromePort> | null = null;
  const links = new Map<number, (m: FromWorker) => void>();
  let nextId = 0;

  const ensureDocument = async (): Promise<void> => {
    const url = chrome.runtime.getURL(OFFSCREEN_PATH);
    const open = await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open?.length) return;
    try {
      await chrome.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: 'Checks pages in a worker so that the service worker stays responsive.',
      });
    } catch (e) {
      // Created meanwhile by another call: only one offscreen document may exist, and that one will do.
      if (!/single offscreen|only a single/i.test(String(e))) throw e;
    }
  };

  const connect = async (): Promise<ChromePort> => {
    await ensureDocument();
    const port = chrome.runtime.connect({ name: RELAY_PORT });
    port.onMessage.addListener((m) => links.get(m.id)?.(m.message));
    port.onDisconnect.addListener(() => {
      relay = null;
      for (const handler of links.values()) handler(workerDied('the offscreen document went away'));
      links.clear();
    });
    return port;
  };

  return async () => {
    relay ??= connect().catch((e: unknown) => {
      relay = null;
      throw e;
    });
    const port = await relay;
    const id = nextId++;
    let handler: (m: FromWorker) => void = () => undefined;
    links.set(id, (m) => handler(m));
    port.postMessage({ op: 'spawn', id });
    return {
      post: (message) => port.postMessage({ op: 'post', id, message }),
      listen: (h) => {
        handler = h;
      },
      terminate: () => {
        links.delete(id);
        try {
          port.postMessage({ op: 'terminate', id });
        } catch {
          // The document is gone, and its workers with it.
        }
      },
    };
  };
}
