/**
 * The trust boundary: who sent this message? Extension pages (popup, options, compare) are ours; a content script
 * speaks for a web page, so it is only believed about its own tab and its own top-level URL. Anything else
 * (another extension, a sub-frame, a page without a tab) is refused.
 */

/** The fields of `runtime.MessageSender` that matter here (both browsers fill them). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type Sender =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; tabId: number; url: string; tabUrl: string | null }
  | { kind: 'refused'; reason: string };

export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('')`: "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

export function classifySender(sender: SenderInfo, self: ExtensionIdentity): Sender {
  if (sender.id !== self.id) return { kind: 'refused', reason: 'another extension' };
  const url = sender.url ?? '';
  if (url.startsWith(self.baseUrl)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return { kind: 'refused', reason: 'no tab' };
  if (sender.frameId !== 0) return { kind: 'refused', reason: 'not the top frame' };
  if (!isHttp(url)) return { kind: 'refused', reason: 'not a web page' };
  return { kind: 'content-script', tabId, url, tabUrl: sender.tab?.url ?? null };
}

/** The same document: the fragment does not count (a reader clicking a footnote link). */
export function sameDocument(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    x.hash = '';
    y.hash = '';
    return x.href === y.href;
  } catch {
    return false;
  }
}

/** A content script may only describe the page it runs in: its frame's URL and, when known, its tab's URL. */
export function snapshotBelongsToSender(
  snapshotUrl: string,
  sender: Extract<Sender, { kind: 'content-script' }>,
): boolean {
  return sameDocument(snapshotUrl, sender.url) && (sender.tabUrl === null || sameDocument(snapshotUrl, sender.tabUrl));
}
