/**
 * The offscreen document's side of Chromium's check workers (offscreen.ts): it starts a worker for each `spawn` of
 * the service worker and relays their messages over the service worker's runtime port (workerLinks.ts).
 *
 * Chromium stops an idle service worker after ~30 s, and its port goes with it; the offscreen document stays. A warm
 * worker (its engine loaded and its matchers compiled, ~1 s of CPU on a 2-core machine) is therefore kept here as a
 * SPARE when the port goes, and the next service worker's first `spawn` gets it, so that a reader coming back to
 * the browser is not made to wait for a cold engine on every page. Only a worker with no check in flight is kept (a
 * check's requests died with the port); at most one; the others are terminated as before.
 */
import type { FromWorker, ToWorker } from './checkMessages.ts';
import type { RelayIn, RelayOut } from './relayMessages.ts';

/** A started check worker (a web Worker in the offscreen document). */
export interface RelayWorker {
  post(message: ToWorker): void;
  /** Replaces the worker's message handler. */
  listen(handler: (message: FromWorker) => void): void;
  terminate(): void;
}

export interface RelayPort {
  postMessage(message: RelayOut): void;
  onMessage: { addListener(listener: (message: RelayIn) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface WorkerRelay {
  /** Serves one service worker's port until it disconnects. */
  serve(port: RelayPort): void;
  /** A worker kept from an earlier port, waiting for the next `spawn`. */
  hasSpare(): boolean;
}

interface Served {
  worker: RelayWorker;
  /** A check was posted and has not answered `done` or `failed` yet. */
  busy: boolean;
}

export function workerRelay(start: () => RelayWorker): WorkerRelay {
  let spare: RelayWorker | null = null;
  const keepAsSpare = (worker: RelayWorker): void => {
    spare = worker;
    // With no check, a worker says nothing but that it died (its script failed): then it is no spare.
    worker.listen((message) => {
      if (message.type !== 'failed') return;
      if (spare === worker) spare = null;
      worker.terminate();
    });
  };

  const serve = (port: RelayPort): void => {
    const served = new Map<number, Served>();
    const send = (id: number, entry: Served, message: FromWorker): void => {
      if (message.type === 'done' || message.type === 'failed') entry.busy = false;
      try {
        port.postMessage({ id, message });
      } catch {
        entry.worker.terminate();
        served.delete(id);
      }
    };
    port.onMessage.addListener((m) => {
      if (m.op === 'spawn') {
        const worker = spare ?? start();
        spare = null;
        const entry: Served = { worker, busy: false };
        worker.listen((message) => send(m.id, entry, message));
        served.set(m.id, entry);
      } else if (m.op === 'post') {
        const entry = served.get(m.id);
        if (!entry) return;
        if (m.message.type === 'check') entry.busy = true;
        entry.worker.post(m.message);
      } else {
        served.get(m.id)?.worker.terminate();
        served.delete(m.id);
      }
    });
    // The service worker stopped or was restarted: its checks are gone, and so are their workers, but one idle worker
    // stays as the spare.
    port.onDisconnect.addListener(() => {
      for (const entry of served.values()) {
        if (!spare && !entry.busy) keepAsSpare(entry.worker);
        else entry.worker.terminate();
      }
      served.clear();
    });
  };

  return { serve, hasSpare: () => spare !== null };
}
