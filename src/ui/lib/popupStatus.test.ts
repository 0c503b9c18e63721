import { describe, expect, test } from 'vitest';
import { popupStatus, type PopupStatus } from './popupStatus.ts';
import {
  cleanReport,
  suspectedClaimed,
  suspectedSignals,
  syndicatedReport,
  tabState,
  verifiedSeed,
  wireStoryReport,
} from '../fixtures/reports.ts';
import type { TabState } from '../../extension/tabState.ts';
import { badgeFor } from '../../extension/background/badge.ts';
import { VERDICTS } from '../../core/report.ts';
import { trustKey } from './statusWords.ts';

describe('popupStatus', () => {
  test.each<[string, TabState | null, PopupStatus]>([
    ['no state', null, 'not-article'],
    ['idle', tabState('idle'), 'not-article'],
    ['checking', tabState('checking'), 'checking'],
    ['error', tabState('error', null, { code: 'timeout', message: 'x' }), 'error'],
    ['off', tabState('off'), 'off'],
    ['unsupported', tabState('unsupported'), 'unsupported'],
    ['done without a report', tabState('done'), 'error'],
    ['needs permission', tabState('needs-permission'), 'needs-permission'],
    [
      'done but unchecked',
      tabState('done', { ...cleanReport, verdict: 'unchecked', errors: [{ code: 'timeout', message: 'x' }] }),
      'error',
    ],
    ['verified copy', tabState('done', verifiedSeed), 'verified'],
    ['syndicated', tabState('done', syndicatedReport), 'syndicated'],
    ['a wire story credited to its agency (suspected, syndicated)', tabState('done', wireStoryReport), 'syndicated'],
    [
      'a syndicated report that could not be checked',
      tabState('done', { ...wireStoryReport, verdict: 'unchecked', errors: [{ code: 'timeout', message: 'x' }] }),
      'error',
    ],
    ['suspected (claimed)', tabState('done', suspectedClaimed), 'suspected'],
    ['suspected (signals)', tabState('done', suspectedSignals), 'suspected'],
    ['clean', tabState('done', cleanReport), 'clean'],
  ])('%s', (_name, state, expected) => {
    expect(popupStatus(state)).toBe(expected);
  });
});

describe('the popup and the badge agree on syndication, whatever the verdict', () => {
  const cases = VERDICTS.flatMap((verdict) => [true, false].map((syndicated) => [verdict, syndicated] as const));
  test.each(cases)('%s, syndicated %s', (verdict, syndicated) => {
    const report = { ...wireStoryReport, verdict, syndicated };
    const state = tabState('done', report);
    const popup = popupStatus(state) === 'syndicated';
    expect(popup).toBe(badgeFor(state).id === 'syndicated');
    expect(popup).toBe(syndicated && verdict !== 'unchecked');
    // The trust line never calls a non-syndicated report syndicated, nor an agency's wire story a linked copy.
    const trust = trustKey(report);
    expect(trust === 'trustSyndicated' || trust === 'trustAgencyCredit').toBe(popup);
    if (popup) expect(trust).toBe(verdict === 'copy' ? 'trustSyndicated' : 'trustAgencyCredit');
  });
});
