import { useState } from 'preact/hooks';
import { MAX_BATCH_URLS, type BatchRow } from '../../extension/messages.ts';
import { SafeLink } from '../components/SafeLink.tsx';
import { t } from '../../extension/i18n/t.ts';
import { batchErrorKey, batchRowStatus } from '../lib/batchResults.ts';
import { formatPercent } from '../lib/formatPercent.ts';
import { STATUS_TITLE } from '../lib/statusWords.ts';
import { truncate } from '../lib/truncate.ts';
import { parseUrlList } from './parseUrlList.ts';

export type BatchExportFormat = 'json' | 'csv';

export interface BatchCheckSectionProps {
  /** Checks the URLs (through the background), calling `onProgress` as rows come in; one row per URL, in order. */
  onCheck: (urls: string[], onProgress: (done: number, total: number) => void) => Promise<BatchRow[]>;
  onExport: (format: BatchExportFormat, rows: BatchRow[]) => void;
}

/** Line numbers shown before "…": enough to find the bad lines, never a wall of numbers. */
const MAX_LINES_SHOWN = 20;

interface Problems {
  invalidLines: number[];
  duplicates: number;
  /** Distinct valid URLs when there are more than can be checked at once. */
  tooMany: number | null;
  empty: boolean;
}

const NO_PROBLEMS: Problems = { invalidLines: [], duplicates: 0, tooMany: null, empty: false };

/** "Check a list of pages": a moderator pastes URLs, checks them, reads the verdicts in a table and exports them. */
export function BatchCheckSection({ onCheck, onExport }: BatchCheckSectionProps) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [rows, setRows] = useState<BatchRow[] | null>(null);
  const running = progress !== null;

  const check = async () => {
    const list = parseUrlList(text);
    const tooMany = list.urls.length > MAX_BATCH_URLS ? list.urls.length : null;
    setProblems({
      invalidLines: list.invalidLines,
      duplicates: list.duplicates,
      tooMany,
      empty: list.urls.length === 0 && list.invalidLines.length === 0,
    });
    if (tooMany !== null || list.urls.length === 0) return;
    setRows(null);
    setProgress({ done: 0, total: list.urls.length });
    try {
      setRows(await onCheck(list.urls, (done, total) => setProgress({ done, total })));
    } finally {
      setProgress(null);
    }
  };

  return (
    <section aria-labelledby="opt-batch" class="batch">
      <h2 id="opt-batch">{t('batchHeading')}</h2>
      <p class="muted">{t('batchHelp', MAX_BATCH_URLS)}</p>
      <label class="batch-input">
        <span>{t('batchInputLabel')}</span>
        <textarea
          rows={6}
          spellcheck={false}
          autocomplete="off"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <ProblemList problems={problems} />
      <div class="button-row">
        <button type="button" class="button primary" disabled={running} onClick={() => void check()}>
          {t('batchCheck')}
        </button>
      </div>
      <p role="status" class="notice">
        {progress ? t('batchProgress', progress.done, progress.total) : rows ? t('batchDone', rows.length) : ''}
      </p>
      {rows && rows.length > 0 ? <Results rows={rows} onExport={onExport} /> : null}
    </section>
  );
}

function ProblemList({ problems }: { problems: Problems }) {
  const { invalidLines, duplicates, tooMany, empty } = problems;
  if (!invalidLines.length && !duplicates && tooMany === null && !empty) return null;
  const shown =
    invalidLines.slice(0, MAX_LINES_SHOWN).join(', ') + (invalidLines.length > MAX_LINES_SHOWN ? ', …' : '');
  return (
    <div class="callout callout-warn" role="alert">
      {empty ? <p>{t('batchEmpty')}</p> : null}
      {invalidLines.length ? <p>{t('batchInvalidLines', shown)}</p> : null}
      {tooMany !== null ? <p>{t('batchTooMany', tooMany, MAX_BATCH_URLS)}</p> : null}
      {duplicates ? <p>{t('batchDuplicates', duplicates)}</p> : null}
    </div>
  );
}

function Results({ rows, onExport }: { rows: BatchRow[]; onExport: BatchCheckSectionProps['onExport'] }) {
  return (
    <>
      <div class="button-row">
        <button type="button" class="button" onClick={() => onExport('json', rows)}>
          {t('batchExportJson')}
        </button>
        <button type="button" class="button" onClick={() => onExport('csv', rows)}>
          {t('batchExportCsv')}
        </button>
      </div>
      <div class="batch-table-wrap">
        <table class="batch-table">
          <caption>{t('batchResults')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('batchColPage')}</th>
              <th scope="col">{t('batchColVerdict')}</th>
              <th scope="col">{t('batchColOriginal')}</th>
              <th scope="col">{t('batchColOverlap')}</th>
              <th scope="col">{t('batchColProblem')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <BatchTableRow key={`${i}:${row.url}`} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function BatchTableRow({ row }: { row: BatchRow }) {
  const status = batchRowStatus(row);
  return (
    <tr class={`batch-${status}`}>
      <td class="batch-url">
        <SafeLink href={row.url} title={truncate(row.url, 300)}>
          <span dir="auto">{truncate(row.url, 80)}</span>
        </SafeLink>
      </td>
      <td>{t(STATUS_TITLE[status])}</td>
      <td class="batch-url">
        {row.originalUrl ? (
          <SafeLink href={row.originalUrl} title={truncate(row.originalUrl, 300)}>
            <span dir="auto">{truncate(row.originalUrl, 80)}</span>
          </SafeLink>
        ) : null}
        {row.publisher ? (
          <span class="small muted" dir="auto">
            {truncate(row.publisher, 80)}
          </span>
        ) : null}
      </td>
      <td class="batch-number">{row.containment !== null ? `${formatPercent(row.containment)} %` : ''}</td>
      <td>{row.error ? t(batchErrorKey(row.error.code)) : ''}</td>
    </tr>
  );
}
