/**
 * The engine's entry points. PLACEHOLDER while the modules land: the real orchestration replaces this file.
 */
import type { CheckResult } from './report.ts';
import type { Ports } from './ports.ts';

export interface CheckOptions {
  /** URLs the user read before this page (the corpus's `history`): read and remembered first. */
  history?: string[];
}

/** Checks a page already in hand (the content script's snapshot, a fetched file). */
export async function checkHtml(html: string, url: string, ports: Ports, options: CheckOptions = {}): Promise<CheckResult> {
  void html; void ports; void options;
  throw new Error(`checkHtml not implemented yet for ${url}`);
}

/** Fetches the page through the Fetcher port (HTML or a plain-text capture), then checks it. */
export async function checkUrl(url: string, ports: Ports, options: CheckOptions = {}): Promise<CheckResult> {
  const res = await ports.fetch(url);
  return checkHtml(res.text, res.url, ports, options);
}
