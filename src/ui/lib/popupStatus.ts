import type { TabState } from '../../extension/tabState.ts';

/** What the popup shows, one value per state a reader must tell apart at a glance. */
export type PopupStatus =
  | 'verified' // a copy, verified by comparing the texts
  | 'syndicated' // authorised republication: a partner's verified copy, or a wire story credited to its agency
  | 'suspected' // claimed or signalled, not verified
  | 'clean'
  | 'checking'
  | 'error'
  | 'off' // the user turned Provenance off for this site
  | 'needs-permission' // access to websites withheld or revoked
  | 'unsupported' // not an http(s) page
  | 'not-article'; // nothing checked: not an article, or not checked yet

export function popupStatus(state: TabState | null): PopupStatus {
  if (!state) return 'not-article';
  switch (state.status) {
    case 'checking':
      return 'checking';
    case 'error':
      return 'error';
    case 'off':
      return 'off';
    case 'needs-permission':
      return 'needs-permission';
    case 'unsupported':
      return 'unsupported';
    case 'idle':
      return 'not-article';
    case 'done': {
      const report = state.report;
      if (!report || report.verdict === 'unchecked') return 'error';
      // Whatever the verdict, a report that says syndicated is shown as such, as the badge does (SYN): a wire story
      // credited to its agency is `suspected` (no original fetched) but licensed, and is not a copy to flag.
      if (report.syndicated) return 'syndicated';
      if (report.verdict === 'copy') return 'verified';
      if (report.verdict === 'suspected') return 'suspected';
      return 'clean';
    }
    default:
      return 'error';
  }
}
