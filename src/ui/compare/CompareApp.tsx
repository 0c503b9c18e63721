/** The compare page's container: reads ?tab=<id>, asks the background for the comparison and the report. */
import { useEffect, useState } from 'preact/hooks';
import type { Comparison, Report } from '../../core/report.ts';
import { send } from '../../extension/messaging.ts';
import { CompareView } from './CompareView.tsx';

export function CompareApp() {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const tabId = Number(new URLSearchParams(location.search).get('tab'));
    if (!Number.isSafeInteger(tabId) || tabId < 0) {
      setLoading(false);
      return;
    }
    void Promise.all([
      send({ type: 'get-comparison', tabId }).catch(() => null),
      send({ type: 'get-tab-state', tabId }).catch(() => null),
    ]).then(([c, state]) => {
      setComparison(c);
      setReport(state?.report ?? null);
      setLoading(false);
    });
  }, []);

  return <CompareView comparison={comparison} report={report} loading={loading} />;
}
