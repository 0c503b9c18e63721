/**
 * Chromium's offscreen document (reason WORKERS): starts a check worker for each check the service worker asks for
 * and relays their messages over one runtime port (workerLinks.ts). It holds no state of its own, fetches nothing
 * and reads no storage: only the service worker does.
 */
import type { FromWorker } from './checkMessages.ts';
import { RELAY_PORT, type RelayIn, type RelayOut } from './relayMessages.ts';
import { workerDied } from './workerLinks.ts';

interface Port {
  name: string;
  sender?: { id?: string; url?: string };
  postMessage(message: RelayOut): void;
  onMessage: { addListener(listener: (message: RelayIn) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}
const chrome = (
  globalThis as unknown as {
    chrome: { runtime: { id: string; onConnect: { addListener(l: (port: Port) => void): void } } };
  }
).chrome;

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== RELAY_PORT || port.sender?.id !== chrome.runtime.id) return;
  const workers = new Map<number, Worker>();
  port.onMessage.addListener((m) => {
    if (m.op === 'spawn') {
      const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
      const send = (message: FromWorker): void => {
        try {
          port.postMessage({ id: m.id, message });
        } catch {
          worker.terminate();
        }
      };
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => send(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        send(workerDied(event.message || 'the check worker failed'));
      });
      workers.set(m.id, worker);
    } else if (m.op === 'post') workers.get(m.id)?.postMessage(m.message);
    else {
      workers.get(m.id)?.terminate();
      workers.delete(m.id);
    }
  });
  // The service worker stopped or was restarted: its checks are gone, and so are their workers.
  port.onDisconnect.addListener(() => {
    for (const worker of workers.values()) worker.terminate();
    workers.clear();
  });
});
