/**
 * Background → content script: capture the whole page now (the digest showed something, a recheck, a check on click).
 * The content script serialises the page in idle slices and answers with its first part and how many there are; the
 * background then asks for each further part, so that no single answer clones more than one part (a 1 MB message
 * costs the page ~40 ms). Its own module, free of the message schemas, so the content script can share it without
 * bundling them; the background validates the joined snapshot like any message (messages.ts: parseSnapshot).
 */
import { MAX_SNAPSHOT_CHARS, MAX_SNAPSHOT_PARTS, SNAPSHOT_PART_CHARS } from './limits.ts';

export const REQUEST_SNAPSHOT = 'request-snapshot' as const;

export interface RequestSnapshot {
  type: typeof REQUEST_SNAPSHOT;
  /** Asks for part `part` (1…) of the snapshot whose first answer carried `id`. */
  id?: string;
  part?: number;
}

/** The first answer: a snapshot whose `html` is its first part, with the number of parts (1 when whole). */
export interface SnapshotAnswer {
  url: string;
  contentType: string;
  html: string;
  id?: string;
  parts?: number;
}

export function isRequestSnapshot(message: unknown): message is RequestSnapshot {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === REQUEST_SNAPSHOT;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Asks the tab for its whole page, part by part, and joins the parts. Null when the tab answered nothing usable;
 * the result is still untrusted (the caller parses it as a Snapshot).
 */
export async function requestWholePage(ask: (message: RequestSnapshot) => Promise<unknown>): Promise<unknown> {
  const first = await ask({ type: REQUEST_SNAPSHOT });
  if (!isRecord(first) || typeof first.html !== 'string') return null;
  const { parts, id, ...snapshot } = first;
  if (parts === undefined || parts === 1) return snapshot;
  if (typeof parts !== 'number' || !Number.isInteger(parts) || parts < 1 || parts > MAX_SNAPSHOT_PARTS) return null;
  if (typeof id !== 'string' || id.length > 16) return null;
  let html = first.html;
  for (let part = 1; part < parts; part++) {
    const answer = await ask({ type: REQUEST_SNAPSHOT, id, part });
    if (!isRecord(answer) || typeof answer.html !== 'string' || answer.html.length > SNAPSHOT_PART_CHARS) return null;
    html += answer.html;
    if (html.length > MAX_SNAPSHOT_CHARS) return null;
  }
  return { ...snapshot, html };
}
