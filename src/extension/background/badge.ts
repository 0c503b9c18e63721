/**
 * The toolbar badge, drawn from the tab's state alone through one table: the first row whose `when` holds wins.
 * Titles are locale messages (keys below, through the one `t()` the pages use) and say in words what the badge says in
 * a glyph.
 */
import type { Report } from '../../core/report.ts';
import { type MessageKey, t, type Translate } from '../i18n/t.ts';
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
  titleKey: MessageKey;
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
  },
  {
    id: 'off',
    when: (s) => s.status === 'off',
    text: 'OFF',
    color: GREY,
    titleKey: 'badgeOff',
  },
  {
    id: 'needs-permission',
    when: (s) => s.status === 'needs-permission',
    text: 'PERM',
    color: ORANGE,
    titleKey: 'badgeNeedsPermission',
  },
  {
    id: 'checking',
    when: (s) => s.status === 'checking',
    text: '…',
    color: GREY,
    titleKey: 'badgeChecking',
  },
  {
    id: 'error',
    when: (s) => s.status === 'error' || (s.status === 'done' && (!s.report || s.report.verdict === 'unchecked')),
    text: '!',
    color: ORANGE,
    titleKey: 'badgeError',
    substitutions: (s) => [(whyUnchecked(s)?.message || whyUnchecked(s)?.code || 'unknown error').slice(0, MAX_REASON)],
  },
  {
    id: 'syndicated',
    when: (s) => done(s)?.syndicated === true,
    text: 'SYN',
    color: BLUE,
    titleKey: 'badgeSyndicated',
    substitutions: sourceOf,
  },
  {
    id: 'copy',
    when: (s) => done(s)?.verdict === 'copy',
    text: 'COPY',
    color: RED,
    titleKey: 'badgeCopy',
    substitutions: sourceOf,
  },
  {
    id: 'suspected',
    when: (s) => done(s)?.verdict === 'suspected',
    text: '?',
    color: AMBER,
    titleKey: 'badgeSuspected',
  },
  {
    id: 'clean',
    when: (s) => done(s)?.verdict === 'clean',
    text: '',
    color: GREY,
    titleKey: 'badgeClean',
  },
];

const IDLE: Row = {
  id: 'idle',
  when: () => true,
  text: '',
  color: GREY,
  titleKey: 'badgeIdle',
};

export function badgeFor(state: TabState | null, translate: Translate = t): Badge {
  const row = (state && BADGE_ROWS.find((r) => r.when(state))) || IDLE;
  const substitutions = state && row.substitutions ? row.substitutions(state) : [];
  return { id: row.id, text: row.text, color: row.color, title: translate(row.titleKey, ...substitutions) };
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
