/**
 * Shortens page-derived text for display, with an ellipsis. Counts code points, not UTF-16 units, so an emoji or a
 * rare CJK character is never cut in half.
 */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (max < 1) return '';
  if (clean.length <= max) return clean; // fast path: fewer units than max means fewer code points too
  const points = Array.from(clean);
  if (points.length <= max) return clean;
  return (
    points
      .slice(0, max - 1)
      .join('')
      .trimEnd() + '…'
  );
}
