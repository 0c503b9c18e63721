/** Exports of the user's flagged pages (the options page's "Export" buttons). */
import type { Flag } from '../../extension/storage/flags.ts';
import { toCsv } from './toCsv.ts';

export function flagsToJson(flags: readonly Flag[], exportedAt: string): string {
  const rows = flags.map((f) => ({ ...f, flaggedAt: isoTime(f.flaggedAt) }));
  return `${JSON.stringify({ format: 'provenance-flags', version: 1, exportedAt, flags: rows }, null, 2)}\n`;
}

const CSV_COLUMNS = ['url', 'title', 'originalUrl', 'verdict', 'note', 'flaggedAt'] as const;

/** RFC 4180 CSV, formulas defused (see toCsv). */
export function flagsToCsv(flags: readonly Flag[]): string {
  return toCsv(
    CSV_COLUMNS,
    flags.map((f) => [f.url, f.title ?? '', f.originalUrl ?? '', f.verdict, f.note, isoTime(f.flaggedAt) ?? '']),
  );
}

function isoTime(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
