/**
 * Chromium's offscreen document (reason WORKERS): starts a check worker for each check the service worker asks for
 * and relays their messages over one runtime port (workerRelay.ts, which keeps a warm worker as a spare when the
 * service worker stops). It holds no state of its own but that worker, fetches nothing and reads no storage: only the
 * service worker does.
 */
import type { FromWorker } from './checkMessages.ts';
import { RELAY_PORT } from './relayMessages.ts';
import { workerDied } from './workerLinks.ts';
import { workerRelay, type RelayPort, type RelayWorker } from './workerRelay.ts';

interface Port extends RelayPort {
  name: string;
  sender?: { id?: string; url?: string };
}
const chrome = (
  globalThis as unknown as {
    chrome: { runtime: { id: string; onConnect: { addListener(l: (port: Port) => void): void } } };
  }
).chrome;

function startWorker(): RelayWorker {
  const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
  let handler: (message: FromWorker) => void = () => undefined;
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => handler(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    handler(workerDied(event.message || 'the check worker failed'));
  });
  return {
    post: (message) => worker.postMessage(message),
    listen: (h) => {
      handler = h;
    },
    terminate: () => worker.terminate(),
  };
}

const relay = workerRelay(startWorker);

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== RELAY_PORT || port.sender?.id !== chrome.runtime.id) return;
  relay.serve(port);
});
