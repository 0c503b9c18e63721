/**
 * The single import of webextension-polyfill: the background and the extension pages reach the browser through this
 * `browser` (promise-based on Chrome too). The content script does NOT import it: it costs ~18 ms per page there,
 * so content/runtime.ts talks to the native API directly.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime } from 'webextension-polyfill';
