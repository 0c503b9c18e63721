/** Exports of the user's flagged pages (the options page's "Export" buttons). */
import type { Flag } from '../../extension/storage/flags.ts';

export function flagsToJson(flags: readonly Flag[], exportedAt: string): string {
  const rows = flags.map((f) => ({ ...f, flaggedAt: isoTime(f.flaggedAt) }));
  return `${JSON.stringify({ format: 'provenance-flags', version: 1, exportedAt, flags: rows }, null, 2)}\n`;
}

const CSV_COLUMNS = ['url', 'title', 'originalUrl', 'verdict', 'note', 'flaggedAt'] as const;

/** RFC 4180 CSV. Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe. */
export function flagsToCsv(flags: readonly Flag[]): string {
  const rows = flags.map((f) => [f.url, f.title ?? '', f.originalUrl ?? '', f.verdict, f.note, isoTime(f.flaggedAt) ?? ''].map(csvCell).join(','));
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function isoTime(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
