/**
 * A page's date (ISO date or date-time) for people, in the UI language; null when the page gave none or garbage.
 * Date-only values are read as calendar dates (UTC) so "2023-04-07" never shows as the 6th west of Greenwich.
 */
export function formatDate(iso: string | null | undefined, locale: string): string | null {
  if (!iso) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(dateOnly ? { timeZone: 'UTC' } : {}),
    }).format(time);
  } catch {
    return new Date(time).toISOString().slice(0, 10);
  }
}

/** The calendar date part (YYYY-MM-DD) of an ISO string, for citations and exports, or null. */
export function isoDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  if (m?.[1]) return m[1];
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
