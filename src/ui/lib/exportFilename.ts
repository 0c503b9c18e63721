import { safeHref } from './safeHref.ts';

/**
 * A file name for an export: "provenance-<host>-<YYYYMMDD-HHMM>.<ext>", only characters every file system accepts,
 * whatever the page's host or a hostile URL holds.
 */
export function exportFilename(prefix: string, url: string | null, isoTime: string, ext: string): string {
  const href = safeHref(url);
  const host = href ? new URL(href).hostname.replace(/^www\./, '') : '';
  const stamp = isoTime.replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  const parts = [prefix, host, /^\d{8}-\d{4}$/.test(stamp) ? stamp : ''].filter(Boolean).map(clean);
  return `${parts.join('-').slice(0, 120)}.${ext.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`;
}

function clean(part: string): string {
  return part.replace(/[^A-Za-z0-9.-]+/g, '_').replace(/^[.-]+/, '');
}
