/**
 * Every message between the extension's parts, declared once with a valibot schema and validated where it enters
 * the background (background/router.ts). Who may send what is declared here too: content scripts may only send
 * `page-seen`, `page-snapshot` and its parts (and the background checks they are for their own tab); extension
 * pages may send the rest.
 *
 * The content script imports types only from this file, so valibot never lands in its bundle.
 */
import * as v from 'valibot';
import type { Comparison, Trust, Verdict } from '../core/report.ts';
import {
  EXCERPT_CHARS,
  MAX_COUNTED_PARAGRAPHS,
  MAX_SAMPLES,
  MAX_SNAPSHOT_CHARS,
  MAX_SNAPSHOT_PARTS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
  SNAPSHOT_PART_CHARS,
} from './limits.ts';
import type { Flag } from './storage/flags.ts';
import { MAX_NOTE } from './storage/flags.ts';
import type { Settings } from './storage/settings.ts';
import { MAX_DISABLED_HOSTS, MAX_MEMORY_SIZE } from './storage/settings.ts';
import type { TabState } from './tabState.ts';

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const HttpUrl = v.pipe(v.string(), v.maxLength(MAX_URL_CHARS), v.check(isHttpUrl, 'not an http(s) URL'));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const Host = v.pipe(v.string(), v.minLength(1), v.maxLength(253));

/** What the content script captures: the page as the user sees it (or the text of a text/plain document). */
export const SnapshotSchema = v.object({
  url: HttpUrl,
  html: v.pipe(v.string(), v.maxLength(MAX_SNAPSHOT_CHARS)),
  contentType: v.pipe(v.string(), v.maxLength(100), v.regex(/^[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,60}$/i)),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;

/**
 * The one message a page's content script sends as it is injected, at `document_idle` (content/pageFacts.ts): its
 * URL and a few facts of the live DOM (title, the article's paragraph count, excerpts of the text of three long paragraphs, as the
 * page has them). The background keys the excerpts into samples (background/liveFacts.ts), fetches the URL itself
 * and checks that copy if it shows the same (background/looksLikeLivePage.ts); otherwise it asks the tab for its
 * whole page (requestSnapshot.ts).
 */
export const PageSeenSchema = v.object({
  url: HttpUrl,
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)),
  paragraphs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNTED_PARAGRAPHS)),
  excerpts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(EXCERPT_CHARS))), v.maxLength(MAX_SAMPLES)),
});
export type PageSeen = v.InferOutput<typeof PageSeenSchema>;

/**
 * One part of a long snapshot (background/snapshotParts.ts puts them together): parts of one snapshot share an `id`,
 * come in order from index 0, and the one with `last` completes it. The whole stays under MAX_SNAPSHOT_CHARS.
 */
export const SnapshotPartSchema = v.object({
  url: HttpUrl,
  contentType: SnapshotSchema.entries.contentType,
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]{1,16}$/)),
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SNAPSHOT_PARTS - 1)),
  last: v.boolean(),
  html: v.pipe(v.string(), v.maxLength(SNAPSHOT_PART_CHARS)),
});
export type SnapshotPart = v.InferOutput<typeof SnapshotPartSchema>;

/** A moderator's list (the options page's "Check a list of pages"): at most this many URLs per message, each this long. */
/**
 * An import arrives in parts of whole lines, each with the file's header line first (the background checks it every
 * time): a file of 100,000 pages (~70 MB) is too big for one message.
 */
export const MAX_IMPORT_PART_CHARS = 8_000_000;

export const MAX_BATCH_URLS = 100;
export const MAX_BATCH_URL_CHARS = 2048;

function hrefOf(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The same page listed twice is checked once: same URL once parsed (case of the host, default port, …). */
function uniqueUrls(urls: string[]): string[] {
  const seen = new Set<string>();
  return urls.filter((url) => {
    const key = hrefOf(url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const BatchUrls = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(MAX_BATCH_URL_CHARS), v.check(isHttpUrl, 'not an http(s) URL'))),
  v.minLength(1),
  v.maxLength(MAX_BATCH_URLS),
  v.transform(uniqueUrls),
);

export const SettingsPatchSchema = v.partial(
  v.object({
    enabled: v.boolean(),
    disabledHosts: v.pipe(v.array(Host), v.maxLength(MAX_DISABLED_HOSTS)),
    checkMode: v.picklist(['auto', 'click']),
    memorySize: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MEMORY_SIZE)),
  }),
);

export const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('page-snapshot'), ...SnapshotSchema.entries }),
  v.object({ type: v.literal('page-snapshot-part'), ...SnapshotPartSchema.entries }),
  v.object({ type: v.literal('page-seen'), ...PageSeenSchema.entries }),
  // A page whose copy only the tab has (a text document, a single-page site's new URL): the background asks for it.
  v.object({ type: v.literal('page-in-tab'), url: HttpUrl }),
  v.object({ type: v.literal('get-tab-state'), tabId: TabId }),
  v.object({ type: v.literal('recheck'), tabId: TabId }),
  v.object({ type: v.literal('get-comparison'), tabId: TabId }),
  v.object({ type: v.literal('flag-page'), tabId: TabId, note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))) }),
  v.object({ type: v.literal('unflag'), url: HttpUrl }),
  v.object({ type: v.literal('list-flags') }),
  v.object({ type: v.literal('set-site-enabled'), host: Host, enabled: v.boolean() }),
  v.object({ type: v.literal('get-settings') }),
  v.object({ type: v.literal('set-settings'), settings: SettingsPatchSchema }),
  v.object({ type: v.literal('memory-stats') }),
  v.object({ type: v.literal('clear-memory') }),
  v.object({ type: v.literal('forget-site'), host: Host }),
  v.object({ type: v.literal('export-memory'), after: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ type: v.literal('import-memory'), text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_PART_CHARS)) }),
  v.object({ type: v.literal('check-urls'), urls: BatchUrls }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What the background answers to each message. */
export interface Responses {
  'page-snapshot': null;
  'page-snapshot-part': null;
  'page-seen': null;
  'page-in-tab': null;
  'get-tab-state': TabState | null;
  recheck: TabState | null;
  'get-comparison': Comparison | null;
  'flag-page': Flag[];
  unflag: Flag[];
  'list-flags': Flag[];
  'set-site-enabled': Settings;
  'get-settings': Settings;
  'set-settings': Settings;
  'memory-stats': MemoryStats;
  'clear-memory': MemoryStats;
  'forget-site': MemoryStats & { removed: number };
  /** Lines of the export file (the header first when `after` is 0) and the id to ask after next, null at the end. */
  'export-memory': { text: string; next: number | null };
  'import-memory': MemoryStats & { added: number; rejected: number };
  'check-urls': BatchRow[];
}

/**
 * One handler per message type, each answering that type's response: a table missing a type, or a handler answering
 * the wrong shape, does not compile. `Context` is what the receiver passes along (the background: sender, deps).
 */
export type MessageHandlers<Context extends unknown[]> = {
  [K in MessageType]: (message: MessageOf<K>, ...context: Context) => Promise<Responses[K]>;
};

/**
 * One URL of a `check-urls` list, in the order given. `done` carries the verdict; `error` has the verdict `unchecked`
 * and says why (a fetch failure, a timeout, or `off` when the user turned Provenance off for that site).
 */
export interface BatchRow {
  url: string;
  status: 'done' | 'error';
  verdict: Verdict;
  trust: Trust | null;
  /** Authorised republication (the popup words such a copy differently). */
  syndicated: boolean;
  originalUrl: string | null;
  /** The original's publisher, when one was found. */
  publisher: string | null;
  authors: string[];
  /** Share of the page's text found in the original, 0..1. */
  containment: number | null;
  error: { code: string; message: string } | null;
}

/** The row of a URL that could not be checked, and why (the background's failures and the page's interruptions). */
export function uncheckedRow(url: string, error: { code: string; message: string }): BatchRow {
  return {
    url,
    status: 'error',
    verdict: 'unchecked',
    trust: null,
    syndicated: false,
    originalUrl: null,
    publisher: null,
    authors: [],
    containment: null,
    error,
  };
}

/** The local memory as the options page shows it (articles, bytes) with what went wrong (skipped records, a full disk). */
export interface MemoryStats {
  pages: number;
  /** Bytes the browser counts for the extension's storage, the memory being nearly all of it; null if unknown. */
  bytes?: number | null;
  /** Corrupted or foreign records skipped. */
  skipped?: number;
  /** Why the oldest pages were dropped early (the disk or the quota was full), if they were. */
  quotaError?: string | null;
}

/** Who sent a message, as the background's router classifies it. */
export type SenderKind = 'content-script' | 'extension-page';

/** The only messages a content script may send; everything else needs an extension page. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set([
  'page-snapshot',
  'page-snapshot-part',
  'page-seen',
  'page-in-tab',
]);

export function maySend(kind: SenderKind, type: MessageType): boolean {
  return kind === 'extension-page' ? !CONTENT_SCRIPT_MESSAGES.has(type) : CONTENT_SCRIPT_MESSAGES.has(type);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A short reason that names the field, never echoing page content back into logs. */
function reasonOf(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `invalid message${path ? ` (${path.slice(0, 80)})` : ''}: ${first?.kind ?? 'schema'} ${first?.type ?? ''}`.trim();
}

export function parseMessage(raw: unknown): Parsed<Message> {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? { ok: true, value: result.output } : { ok: false, reason: reasonOf(result.issues) };
}

export function parseSnapshot(raw: unknown): Parsed<Snapshot> {
  const result = v.safeParse(SnapshotSchema, raw);
  return result.success ? { ok: true, value: result.output } : { ok: false, reason: reasonOf(result.issues) };
}
