import type { Claim, Signal } from './report.ts';
import { SHOWN_ORDER } from './signals/detectorSpecs.ts';
import { SUSPECT_STRENGTH } from './decideVerdict.ts';

/**
 * The source a page names for itself, as one string for the report. A visible credit is what the page tells its
 * readers, so it comes first; the machine-readable hints follow (the order is the detector registry's `shown`).
 */
const PRIORITY = SHOWN_ORDER;

export function pickClaimedSource(claims: readonly Claim[], unshown: ReadonlySet<string> = new Set()): string | null {
  claims = claims.filter((c) => !unshown.has(c.value));
  const rank = (c: Claim) => {
    const i = PRIORITY.indexOf(c.via);
    return (i < 0 ? PRIORITY.length : i) * 2 + (c.type === 'url' ? 0 : 1);
  };
  const best = [...claims].sort((a, b) => rank(a) - rank(b))[0];
  return best ? best.value : null;
}

/**
 * Claims only a weak source line backs (a line read by its shape alone, no phrase of the tables): tried as
 * candidates, but not shown as "the source this page names" unless the check verified a copy. An original that
 * ends with "<any words>: <link to another outlet>" names no source of its own.
 */
export function tentativeClaims(signals: readonly Signal[]): Set<string> {
  const weak = new Set<string>();
  const strong = new Set<string>();
  for (const s of signals) {
    if (s.target === undefined) continue;
    if (s.kind === 'source-line' && s.strength < SUSPECT_STRENGTH) weak.add(s.target);
    else strong.add(s.target);
  }
  for (const t of strong) weak.delete(t);
  return weak;
}
