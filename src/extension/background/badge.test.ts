import { describe, expect, test, vi } from 'vitest';
import type { TabState } from '../tabState.ts';
import { badgeFor, showBadge, type ActionApi, type BadgeId } from './badge.ts';
import { ORIGINAL, testReport } from './testReport.ts';

const state = (overrides: Partial<TabState>): TabState => ({
  tabId: 1,
  url: 'https://copy.example/post-1',
  status: 'idle',
  report: null,
  error: null,
  updatedAt: 0,
  ...overrides,
});

describe('badgeFor: one row per state', () => {
  test.each<[string, TabState | null, BadgeId, string, RegExp]>([
    ['no state yet', null, 'idle', '', /nothing to check/],
    ['idle', state({}), 'idle', '', /nothing to check/],
    ['unsupported page', state({ status: 'unsupported', url: 'chrome://newtab' }), 'unsupported', '', /does not check/],
    ['off for this site', state({ status: 'off' }), 'off', 'OFF', /off for this site/],
    [
      'access withheld or revoked',
      state({ status: 'needs-permission' }),
      'needs-permission',
      'PERM',
      /needs permission/,
    ],
    ['checking', state({ status: 'checking' }), 'checking', '…', /Checking/],
    [
      'could not check, with the reason',
      state({ status: 'error', error: { code: 'timeout', message: 'no answer within 15000 ms' } }),
      'error',
      '!',
      /Could not check this page: no answer within 15000 ms/,
    ],
    [
      'error without a message shows the code',
      state({ status: 'error', error: { code: 'blocked-address', message: '' } }),
      'error',
      '!',
      /blocked-address/,
    ],
    ['done without a report is an error', state({ status: 'done' }), 'error', '!', /Could not check/],
    [
      'an unchecked report is not clean: it says why',
      state({
        status: 'done',
        report: testReport({ verdict: 'unchecked', errors: [{ code: 'fetch-failed', message: 'HTTP 503' }] }),
      }),
      'error',
      '!',
      /Could not check this page: HTTP 503/,
    ],
    [
      'verified copy',
      state({ status: 'done', report: testReport({ verdict: 'copy', trust: 'verified', original: ORIGINAL }) }),
      'copy',
      'COPY',
      /Copy of an article from orig\.example/,
    ],
    [
      'authorised syndication',
      state({ status: 'done', report: testReport({ verdict: 'copy', syndicated: true, original: ORIGINAL }) }),
      'syndicated',
      'SYN',
      /Authorised republication .*orig\.example/,
    ],
    [
      'syndication claimed by name',
      state({ status: 'done', report: testReport({ verdict: 'clean', syndicated: true, claimedSource: 'Reuters' }) }),
      'syndicated',
      'SYN',
      /Reuters/,
    ],
    [
      'suspected',
      state({ status: 'done', report: testReport({ verdict: 'suspected', trust: 'signals' }) }),
      'suspected',
      '?',
      /not verified/,
    ],
    [
      'no signals',
      state({ status: 'done', report: testReport({ verdict: 'clean' }) }),
      'clean',
      '',
      /^No signs of copying$/,
    ],
  ])('%s', (_name, s, id, text, title) => {
    const badge = badgeFor(s);
    expect(badge.id).toBe(id);
    expect(badge.text).toBe(text);
    expect(badge.title).toMatch(title);
    expect(badge.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  test('titles go through the translator with their key and substitutions', () => {
    const translate = vi.fn((key: string, ...subs: (string | number)[]) => `${key}|${subs.join(',')}`);
    const badge = badgeFor(
      state({ status: 'done', report: testReport({ verdict: 'copy', original: ORIGINAL }) }),
      translate,
    );
    expect(badge.title).toBe('badgeCopy|orig.example');
  });

  test('a long error reason is capped in the title', () => {
    expect(
      badgeFor(state({ status: 'error', error: { code: 'x', message: 'm'.repeat(5000) } })).title.length,
    ).toBeLessThan(300);
  });
});

describe('showBadge', () => {
  test('sets text, colour and title on that tab only, and tolerates a closed tab', async () => {
    const calls: string[] = [];
    const action: ActionApi = {
      setBadgeText: async (d) => void calls.push(`text ${d.tabId} ${d.text}`),
      setBadgeBackgroundColor: async (d) => void calls.push(`bg ${d.tabId} ${d.color}`),
      setTitle: async () => Promise.reject(new Error('No tab with id: 7')),
    };
    await expect(
      showBadge(action, 7, { id: 'copy', text: 'COPY', color: '#b91c1c', title: 't' }),
    ).resolves.toBeUndefined();
    expect(calls).toEqual(['text 7 COPY', 'bg 7 #b91c1c']);
  });
});
