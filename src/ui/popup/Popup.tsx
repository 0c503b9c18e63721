import type { TabState } from '../../extension/tabState.ts';
import { Actions, type ExportFormat } from '../components/Actions.tsx';
import { Evidence } from '../components/Evidence.tsx';
import { StatusHeader } from '../components/StatusHeader.tsx';
import { Summary } from '../components/Summary.tsx';
import { errorLabel } from '../i18n/labels.ts';
import { t } from '../../extension/i18n/t.ts';
import { popupStatus } from '../lib/popupStatus.ts';
import { truncate } from '../lib/truncate.ts';

export interface PopupProps {
  /** What the background knows about this tab; null while unknown (nothing checked). */
  state: TabState | null;
  /** Whether the user flagged this page. */
  flagged: boolean;
  /** UI language for dates. */
  locale: string;
  onRecheck: () => void;
  onEnableSite: () => void;
  onOpenCompare: () => void;
  onCopy: (text: string) => Promise<boolean>;
  onExport: (format: ExportFormat) => void;
  onToggleFlag: (flag: boolean) => void;
  onOpenOptions: () => void;
  /** Opens the page that explains what is fetched and asks for access to websites. */
  onOpenPermission: () => void;
}

/**
 * The popup, from the tab state alone: indicator (coloured header with words), summary (original, overlap, credits,
 * trust), then evidence folded away. Pure: every effect is a callback.
 */
export function Popup(props: PopupProps) {
  const { state } = props;
  const status = popupStatus(state);
  const report = state?.status === 'done' ? state.report : null;

  return (
    <div class={`popup popup-${status}`}>
      <StatusHeader status={status}>{subline(props)}</StatusHeader>
      <main class="popup-body">
        {report && status !== 'clean' ? (
          <>
            <Summary report={report} locale={props.locale} />
            <Actions
              report={report}
              flagged={props.flagged}
              onCopy={props.onCopy}
              onExport={props.onExport}
              onToggleFlag={props.onToggleFlag}
            />
            <Evidence report={report} onOpenCompare={props.onOpenCompare} />
          </>
        ) : null}
        {report && status === 'clean' ? <CleanBody {...props} /> : null}
        {status === 'off' ? (
          <button type="button" class="button primary" onClick={props.onEnableSite}>
            {t('actionEnableSite')}
          </button>
        ) : null}
        {status === 'needs-permission' ? (
          <button type="button" class="button primary" onClick={props.onOpenPermission}>
            {t('actionAllowAccess')}
          </button>
        ) : null}
        {status === 'error' || status === 'not-article' ? (
          <button type="button" class="button primary" onClick={props.onRecheck}>
            {status === 'error' ? t('actionRetry') : t('actionCheckAnyway')}
          </button>
        ) : null}
      </main>
      <footer class="popup-footer">
        {status !== 'checking' && status !== 'unsupported' && status !== 'off' && report ? (
          <button type="button" class="link-button" onClick={props.onRecheck}>
            {t('actionRecheck')}
          </button>
        ) : (
          <span />
        )}
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          {t('actionSettings')}
        </button>
      </footer>
    </div>
  );
}

function subline({ state }: PopupProps): string | null {
  switch (popupStatus(state)) {
    case 'checking':
      return t('statusCheckingSub');
    case 'error':
      return t(errorLabel(state?.error?.code));
    case 'off':
      return t('statusOffSub');
    case 'needs-permission':
      return t('statusNeedsPermissionSub');
    case 'unsupported':
      return t('statusUnsupportedSub');
    case 'not-article':
      return t('statusNotArticleSub');
    case 'verified':
    case 'syndicated':
    case 'suspected': {
      const title = state?.report?.page.title;
      return title ? truncate(title, 90) : null;
    }
    default:
      return null;
  }
}

/** A clean page: one calm line (in the header), then only the flag for a reader who disagrees. */
function CleanBody({ state, flagged, onToggleFlag }: PopupProps) {
  const report = state?.report;
  if (!report) return null;
  return (
    <div class="clean">
      <button type="button" class="button" aria-pressed={flagged} onClick={() => onToggleFlag(!flagged)}>
        {flagged ? t('actionUnflag') : t('actionFlag')}
      </button>
    </div>
  );
}
