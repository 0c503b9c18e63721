import type { Report } from '../core/report.ts';

/**
 * What the background knows about one tab; the badge and the popup are drawn from it alone.
 * idle: nothing checked (not an article); checking: under way; done: `report` is set; error: could not check
 * (`error` says why); off: the user turned Provenance off for this site; unsupported: not an http(s) page;
 * needs-permission: the reader withheld or revoked Provenance's access to websites, so it can neither read the page
 * nor fetch an original.
 */
export type TabStatus = 'idle' | 'checking' | 'done' | 'error' | 'off' | 'unsupported' | 'needs-permission';

export interface TabState {
  tabId: number;
  url: string;
  status: TabStatus;
  report: Report | null;
  error: { code: string; message: string } | null;
  updatedAt: number;
}

/** The `storage.session` key the background keeps a tab's state under; the popup listens for changes to it. */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;
