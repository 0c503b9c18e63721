/**
 * The popup's container: the only place it touches the browser (current tab, messages, clipboard, downloads).
 * Everything it shows is drawn by the pure <Popup>.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../../extension/browser.ts';
import { PERMISSION_PAGE } from '../../extension/hostAccess.ts';
import { send } from '../../extension/messaging.ts';
import { type TabState, tabStateKey } from '../../extension/tabState.ts';
import type { ExportFormat } from '../components/Actions.tsx';
import { downloadText } from '../download.ts';
import { t, uiLanguage } from '../../extension/i18n/t.ts';
import { exportFilename } from '../lib/exportFilename.ts';
import { toJsonReport } from '../lib/toJsonReport.ts';
import { toMarkdownReport } from '../lib/toMarkdownReport.ts';
import { Popup } from './Popup.tsx';

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [flagged, setFlagged] = useState(false);

  // Storage changes can come in quick succession: only the answer to the latest read is shown.
  const reads = useRef(0);

  const refresh = useCallback(async (id: number) => {
    const read = ++reads.current;
    const next = await send({ type: 'get-tab-state', tabId: id }).catch(() => null);
    if (read !== reads.current) return next;
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
    })();
  }, []);

  // The background keeps each tab's state in storage.session: the popup listens for writes to its tab's key instead
  // of polling, and reads once after subscribing so that a write between the read and the subscription is not missed.
  useEffect(() => {
    if (tabId === null) return;
    const key = tabStateKey(tabId);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void refresh(tabId);
    };
    browser.storage.onChanged.addListener(onChanged);
    void refresh(tabId);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId, refresh]);

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
