/**
 * Background → content script: capture the page again now (a recheck, or a check on click), answered with a Snapshot
 * or null. Its own module, free of the message schemas, so the content script can share it without bundling them.
 */
export const REQUEST_SNAPSHOT = 'request-snapshot' as const;

export interface RequestSnapshot {
  type: typeof REQUEST_SNAPSHOT;
}

export function isRequestSnapshot(message: unknown): message is RequestSnapshot {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === REQUEST_SNAPSHOT;
}
