import type { Claim } from './report.ts';
import { SHOWN_ORDER } from './signals/detectorSpecs.ts';

/**
 * The source a page names for itself, as one string for the report. A visible credit is what the page tells its
 * readers, so it comes first; the machine-readable hints follow (the order is the detector registry's `shown`).
 */
const PRIORITY = SHOWN_ORDER;

export function pickClaimedSource(claims: readonly Claim[]): string | null {
  const rank = (c: Claim) => {
    const i = PRIORITY.indexOf(c.via);
    return (i < 0 ? PRIORITY.length : i) * 2 + (c.type === 'url' ? 0 : 1);
  };
  const best = [...claims].sort((a, b) => rank(a) - rank(b))[0];
  return best ? best.value : null;
}
