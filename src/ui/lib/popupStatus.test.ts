import { describe, expect, test } from 'vitest';
import { popupStatus, type PopupStatus } from './popupStatus.ts';
import {
  cleanReport,
  suspectedClaimed,
  suspectedSignals,
  syndicatedReport,
  tabState,
  verifiedSeed,
} from '../fixtures/reports.ts';
import type { TabState } from '../../extension/tabState.ts';

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
    ['suspected (claimed)', tabState('done', suspectedClaimed), 'suspected'],
    ['suspected (signals)', tabState('done', suspectedSignals), 'suspected'],
    ['clean', tabState('done', cleanReport), 'clean'],
  ])('%s', (_name, state, expected) => {
    expect(popupStatus(state)).toBe(expected);
  });
});
