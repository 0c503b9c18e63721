/** A 0..1 share as a whole percentage ("94"), clamped so a bad value never shows "-3" or "250". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '0';
  const clamped = Math.min(1, Math.max(0, share));
  return String(Math.round(clamped * 100));
}
