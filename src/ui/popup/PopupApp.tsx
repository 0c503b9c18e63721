/**
 * The popup's container: the only place it touches the browser (current tab, messages, clipboard, downloads).
 * Everything it shows is drawn by the pure <Popup>.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../../extension/browser.ts';
import { PERMISSION_PAGE } from '../../extension/hostAccess.ts';
import { send } from '../../extension/messaging.ts';
import type { TabState } from '../../extension/tabState.ts';
import type { ExportFormat } from '../components/Actions.tsx';
import { downloadText } from '../download.ts';
import { t, uiLanguage } from '../../extension/i18n/t.ts';
import { exportFilename } from '../lib/exportFilename.ts';
import { toJsonReport } from '../lib/toJsonReport.ts';
import { toMarkdownReport } from '../lib/toMarkdownReport.ts';
import { Popup } from './Popup.tsx';

// While a check runs the popup asks again; a check is bounded by the background's timeouts, this only stops polling.
const POLL_MS = 600;
const POLL_MAX = 100;

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [flagged, setFlagged] = useState(false);

  const refresh = useCallback(async (id: number) => {
    const next = await send({ type: 'get-tab-state', tabId: id }).catch(() => null);
    setState(next);
    setLoaded(true);
    const flags = await send({ type: 'list-flags' }).catch(() => []);
    setFlagged(next !== null && flags.some((f) => f.url === next.url));
    return next;
  }, []);

  useEffect(() => {
    void (async () => {
      const id = tabFromQuery() ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) {
        setLoaded(true);
        return;
      }
      setTabId(id);
      await refresh(id);
    })();
  }, [refresh]);

  useEffect(() => {
    if (tabId === null || state?.status !== 'checking') return;
    let polls = 0;
    const timer = setInterval(() => {
      if (++polls > POLL_MAX) clearInterval(timer);
      else void refresh(tabId);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [tabId, state?.status, refresh]);

  if (!loaded) return <div class="popup" aria-busy="true" />;

  const recheck = async () => {
    if (tabId === null) return;
    const next = await send({ type: 'recheck', tabId }).catch(() => null);
    if (next) setState(next);
    else await refresh(tabId);
  };

  const exportEvidence = async (format: ExportFormat) => {
    const report = state?.report;
    if (!report || tabId === null) return;
    const exportedAt = new Date().toISOString();
    if (format === 'json') {
      const comparison = await send({ type: 'get-comparison', tabId }).catch(() => null);
      downloadText(
        exportFilename('provenance', report.url, report.checkedAt, 'json'),
        'application/json',
        toJsonReport(report, { exportedAt, comparison }),
      );
    } else {
      downloadText(
        exportFilename('provenance', report.url, report.checkedAt, 'md'),
        'text/markdown',
        toMarkdownReport(report, t, { exportedAt }),
      );
    }
  };

  return (
    <Popup
      state={state}
      flagged={flagged}
      locale={uiLanguage()}
      onRecheck={() => void recheck()}
      onEnableSite={() => {
        const host = state ? hostOf(state.url) : null;
        if (host) void send({ type: 'set-site-enabled', host, enabled: true }).then(recheck, recheck);
      }}
      onOpenCompare={() => {
        if (tabId === null) return;
        void browser.tabs.create({ url: new URL(`../compare/index.html?tab=${tabId}`, location.href).href });
        window.close();
      }}
      onCopy={async (text) => {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      }}
      onExport={(format) => void exportEvidence(format)}
      onToggleFlag={(flag) => {
        if (tabId === null || !state) return;
        const done = flag ? send({ type: 'flag-page', tabId }) : send({ type: 'unflag', url: state.url });
        void done.then((flags) => setFlagged(flags.some((f) => f.url === state.url))).catch(() => undefined);
      }}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
      onOpenPermission={() => {
        void browser.tabs.create({ url: browser.runtime.getURL(PERMISSION_PAGE) });
        window.close();
      }}
    />
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** `?tab=<id>`: the popup opened as a page for a given tab (a pinned window, the end-to-end tests). */
function tabFromQuery(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}
