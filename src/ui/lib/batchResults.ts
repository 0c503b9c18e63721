/**
 * A checked list of pages (the options page's "Check a list of pages"): the words each row shows, and its exports.
 * The verdict uses the popup's words, so a moderator reads the same thing in the table as on the page itself.
 */
import type { BatchRow } from '../../extension/messages.ts';
import type { MessageKey } from '../../extension/i18n/t.ts';
import { errorLabel } from '../i18n/labels.ts';
import type { PopupStatus } from './popupStatus.ts';
import { toCsv } from './toCsv.ts';

/** The popup state a row corresponds to. */
export function batchRowStatus(row: BatchRow): PopupStatus {
  if (row.status === 'error' || row.verdict === 'unchecked') return row.error?.code === 'off' ? 'off' : 'error';
  if (row.verdict === 'copy') return row.syndicated ? 'syndicated' : 'verified';
  return row.verdict === 'suspected' ? 'suspected' : 'clean';
}

/** Why a row has no verdict, in words; codes only the list produces have their own. */
export function batchErrorKey(code: string | undefined): MessageKey {
  if (code === 'off') return 'statusOffSub';
  if (code === 'interrupted') return 'batchInterrupted';
  return errorLabel(code);
}

const CSV_COLUMNS = [
  'url',
  'status',
  'verdict',
  'trust',
  'syndicated',
  'originalUrl',
  'publisher',
  'authors',
  'containment',
  'errorCode',
  'errorMessage',
] as const;

export function batchToCsv(rows: readonly BatchRow[]): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((r) => [
      r.url,
      r.status,
      r.verdict,
      r.trust ?? '',
      r.status === 'done' ? String(r.syndicated) : '',
      r.originalUrl ?? '',
      r.publisher ?? '',
      r.authors.join('; '),
      share(r.containment),
      r.error?.code ?? '',
      r.error?.message ?? '',
    ]),
  );
}

export function batchToJson(rows: readonly BatchRow[], exportedAt: string): string {
  return `${JSON.stringify({ format: 'provenance-batch', version: 2, exportedAt, rows }, null, 2)}\n`;
}

/** 0..1 with three decimals; empty when unknown or not a number. */
function share(value: number | null): string {
  return value !== null && Number.isFinite(value)
    ? String(Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000)
    : '';
}
