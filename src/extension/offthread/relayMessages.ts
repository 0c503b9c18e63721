/** The runtime port between Chromium's service worker and the offscreen document that runs its check workers. */
import type { FromWorker, ToWorker } from './checkMessages.ts';

export const RELAY_PORT = 'provenance-check-workers';
/** The offscreen document, as the build lays it out (an HTML input of vite.config.ts). */
export const OFFSCREEN_PATH = 'src/extension/offthread/offscreen.html';

/** Service worker → offscreen document. */
export type RelayIn =
  | { op: 'spawn'; id: number }
  | { op: 'post'; id: number; message: ToWorker }
  | { op: 'terminate'; id: number };

/** Offscreen document → service worker: a worker's message. */
export interface RelayOut {
  id: number;
  message: FromWorker;
}
