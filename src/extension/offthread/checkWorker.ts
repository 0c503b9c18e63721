/** A dedicated Worker that checks pages for the background (see serveChecks.ts): Firefox's event page starts it
 * directly, Chromium's offscreen document for the service worker (which cannot start workers itself). */
import type { FromWorker, ToWorker } from './checkMessages.ts';
import { serveChecks } from './serveChecks.ts';

const scope = globalThis as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};
serveChecks({
  post: (message) => scope.postMessage(message),
  listen: (handler) => scope.addEventListener('message', (event) => handler(event.data)),
});
