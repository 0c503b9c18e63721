/**
 * Puts a long snapshot back together from its parts (see SnapshotPartSchema). What the content script sends stays
 * distrusted: parts are accepted only in order, for one snapshot per tab at a time, with the URL and type of the
 * first part, and never past MAX_SNAPSHOT_CHARS in all; anything out of line drops the whole snapshot.
 */
import { MAX_SNAPSHOT_CHARS } from '../limits.ts';
import type { Snapshot, SnapshotPart } from '../messages.ts';

/** Tabs with a snapshot half sent; past this the oldest is forgotten (a tab closed mid-way never completes). */
const MAX_PENDING_TABS = 32;

interface Pending {
  id: string;
  url: string;
  contentType: string;
  parts: string[];
  chars: number;
}

export interface SnapshotParts {
  /** Adds a part; returns the whole snapshot once its last part is in, else null. */
  add(tabId: number, part: SnapshotPart): Snapshot | null;
  /** Forgets a tab's half-sent snapshot (navigation, tab closed). */
  drop(tabId: number): void;
  pending(): number;
}

export function snapshotParts(): SnapshotParts {
  const byTab = new Map<number, Pending>();

  function start(tabId: number, part: SnapshotPart): Pending | null {
    byTab.delete(tabId);
    if (part.index !== 0) return null;
    if (byTab.size >= MAX_PENDING_TABS) byTab.delete(byTab.keys().next().value!);
    const pending = { id: part.id, url: part.url, contentType: part.contentType, parts: [], chars: 0 };
    byTab.set(tabId, pending);
    return pending;
  }

  return {
    add(tabId, part) {
      const current = byTab.get(tabId);
      const pending = current && current.id === part.id ? current : start(tabId, part);
      if (!pending) return null;
      const inLine =
        part.index === pending.parts.length && part.url === pending.url && part.contentType === pending.contentType;
      if (!inLine || pending.chars + part.html.length > MAX_SNAPSHOT_CHARS) {
        byTab.delete(tabId);
        return null;
      }
      pending.parts.push(part.html);
      pending.chars += part.html.length;
      if (!part.last) return null;
      byTab.delete(tabId);
      return { url: pending.url, html: pending.parts.join(''), contentType: pending.contentType };
    },
    drop: (tabId) => void byTab.delete(tabId),
    pending: () => byTab.size,
  };
}
