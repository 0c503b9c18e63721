import type { Report } from '../../core/report.ts';
import type { MessageKey } from '../../extension/i18n/t.ts';
import type { PopupStatus } from './popupStatus.ts';

/** The headline words for each popup state: words, never colour alone. */
export const STATUS_TITLE: Record<PopupStatus, MessageKey> = {
  verified: 'statusVerified',
  syndicated: 'statusSyndicated',
  suspected: 'statusSuspected',
  clean: 'statusClean',
  checking: 'statusChecking',
  error: 'statusError',
  off: 'statusOff',
  'needs-permission': 'statusNeedsPermission',
  unsupported: 'statusUnsupported',
  'not-article': 'statusNotArticle',
};

export function statusTitleKey(status: PopupStatus): MessageKey {
  return STATUS_TITLE[status];
}

/** How the verdict is known, in words. */
export function trustKey(report: Report): MessageKey {
  if (report.syndicated && report.verdict !== 'unchecked')
    return report.verdict === 'copy' ? 'trustSyndicated' : 'trustAgencyCredit';
  switch (report.trust) {
    case 'verified':
      return 'trustVerified';
    case 'claimed':
      return 'trustClaimed';
    case 'signals':
      return 'trustSignals';
    default:
      return 'trustNone';
  }
}
