/**
 * The tab's own copy of its page, for a page the background could not fetch as the reader sees it. The always-on
 * content script holds no serialiser (every page would pay to evaluate it): the background injects the snapshot
 * script (content/snapshot.ts, built as a classic file of its own, not web-accessible) into the tab's top frame,
 * then asks it for the page part by part (requestSnapshot.ts). `scripting` permission, the host access every check
 * needs anyway; injecting again finds the first copy's listener already there (snapshot.ts).
 */
import { requestWholePage } from '../requestSnapshot.ts';

/** The built file (scripts/build-extension.mjs checks that it exists and that the background names it). */
export const SNAPSHOT_SCRIPT = 'src/extension/content/snapshot.js';

export interface TabApi {
  scripting: {
    executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
  };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}

/** Resolves the untrusted answer (the caller parses it as a Snapshot); rejects when the tab cannot be injected. */
export async function askTabForPage(api: TabApi, tabId: number): Promise<unknown> {
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SNAPSHOT_SCRIPT] });
  return requestWholePage((message) => api.tabs.sendMessage(tabId, message, { frameId: 0 }));
}
