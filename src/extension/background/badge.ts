/**
 * The toolbar badge, drawn from the tab's state alone through one table: the first row whose `when` holds wins.
 * Titles go through i18n (keys below, English fallbacks) and say in words what the badge says in a glyph.
 */
import type { Report } from '../../core/report.ts';
import type { TabState } from '../tabState.ts';
import { hostOf } from '../storage/hostName.ts';

export interface Badge {
  /** Which row matched (for tests and the popup). */
  id: BadgeId;
  text: string;
  color: string;
  title: string;
}

export type BadgeId =
  | 'unsupported'
  | 'off'
  | 'needs-permission'
  | 'checking'
  | 'error'
  | 'syndicated'
  | 'copy'
  | 'suspected'
  | 'clean'
  | 'idle';

/** `(key, fallback, substitutions) → text`: getMessage in the extension, the fallback alone in tests. */
export type Translate = (key: string, fallback: string, substitutions?: string[]) => string;

const GREY = '#6b7280';
const RED = '#b91c1c';
const AMBER = '#b45309';
const BLUE = '#1d4ed8';
const ORANGE = '#c2410c';
const MAX_REASON = 200;

interface Row {
  id: BadgeId;
  when: (state: TabState) => boolean;
  text: string;
  color: string;
  titleKey: string;
  fallback: string;
  substitutions?: (state: TabState) => string[];
}

const done = (state: TabState): Report | null => (state.status === 'done' ? state.report : null);

/** Why a tab could not be checked: its own error, or the first error of an `unchecked` report. */
function whyUnchecked(state: TabState): { code: string; message: string } | null {
  return state.error ?? state.report?.errors[0] ?? null;
}

/** Where the original is: its host when verified, else what the page claims. */
function sourceOf(state: TabState): string[] {
  const report = state.report;
  return [(report?.original?.url ? hostOf(report.original.url) : null) ?? report?.claimedSource?.slice(0, 100) ?? '?'];
}

export const BADGE_ROWS: readonly Row[] = [
  {
    id: 'unsupported',
    when: (s) => s.status === 'unsupported',
    text: '',
    color: GREY,
    titleKey: 'badgeUnsupported',
    fallback: 'Provenance does not check this kind of page',
  },
  {
    id: 'off',
    when: (s) => s.status === 'off',
    text: 'OFF',
    color: GREY,
    titleKey: 'badgeOff',
    fallback: 'Provenance is off for this site',
  },
  {
    id: 'needs-permission',
    when: (s) => s.status === 'needs-permission',
    text: 'PERM',
    color: ORANGE,
    titleKey: 'badgeNeedsPermission',
    fallback: 'Provenance needs permission to read websites: open it to allow',
  },
  {
    id: 'checking',
    when: (s) => s.status === 'checking',
    text: '…',
    color: GREY,
    titleKey: 'badgeChecking',
    fallback: 'Checking where this article comes from…',
  },
  {
    id: 'error',
    when: (s) => s.status === 'error' || (s.status === 'done' && (!s.report || s.report.verdict === 'unchecked')),
    text: '!',
    color: ORANGE,
    titleKey: 'badgeError',
    fallback: 'Could not check this page: $1',
    substitutions: (s) => [(whyUnchecked(s)?.message || whyUnchecked(s)?.code || 'unknown error').slice(0, MAX_REASON)],
  },
  {
    id: 'syndicated',
    when: (s) => done(s)?.syndicated === true,
    text: 'SYN',
    color: BLUE,
    titleKey: 'badgeSyndicated',
    fallback: 'Authorised republication of an article from $1',
    substitutions: sourceOf,
  },
  {
    id: 'copy',
    when: (s) => done(s)?.verdict === 'copy',
    text: 'COPY',
    color: RED,
    titleKey: 'badgeCopy',
    fallback: 'Copy of an article from $1 (verified by comparing the texts)',
    substitutions: sourceOf,
  },
  {
    id: 'suspected',
    when: (s) => done(s)?.verdict === 'suspected',
    text: '?',
    color: AMBER,
    titleKey: 'badgeSuspected',
    fallback: 'Possibly a copy (not verified)',
  },
  {
    id: 'clean',
    when: (s) => done(s)?.verdict === 'clean',
    text: '',
    color: GREY,
    titleKey: 'badgeClean',
    fallback: 'No signs of copying',
  },
];

const IDLE: Row = {
  id: 'idle',
  when: () => true,
  text: '',
  color: GREY,
  titleKey: 'badgeIdle',
  fallback: 'Provenance: nothing to check on this page',
};

const untranslated: Translate = (_key, fallback, subs = []) =>
  fallback.replace(/\$(\d)/g, (m, n: string) => subs[Number(n) - 1] ?? m);

export function badgeFor(state: TabState | null, translate: Translate = untranslated): Badge {
  const row = (state && BADGE_ROWS.find((r) => r.when(state))) || IDLE;
  const substitutions = state && row.substitutions ? row.substitutions(state) : [];
  return { id: row.id, text: row.text, color: row.color, title: translate(row.titleKey, row.fallback, substitutions) };
}

/** The subset of `browser.action` the badge needs (both browsers have it in MV3). */
export interface ActionApi {
  setBadgeText(details: { text: string; tabId: number }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string; tabId: number }): Promise<void>;
  setTitle(details: { title: string; tabId: number }): Promise<void>;
  setBadgeTextColor?(details: { color: string; tabId: number }): Promise<void>;
}

/** Paints the badge of one tab; a tab closed meanwhile makes these calls reject, which is fine. */
export async function showBadge(action: ActionApi, tabId: number, badge: Badge): Promise<void> {
  await Promise.allSettled([
    action.setBadgeText({ text: badge.text, tabId }),
    action.setBadgeBackgroundColor({ color: badge.color, tabId }),
    action.setBadgeTextColor?.({ color: '#ffffff', tabId }),
    action.setTitle({ title: badge.title, tabId }),
  ]);
}
