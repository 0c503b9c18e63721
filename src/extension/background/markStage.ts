/**
 * Stage marks of a check in the background (User Timing `performance.mark`), so that the end-to-end bench can say
 * where the time from a loaded page to its badge goes (bench/endToEnd.ts reads them from the service worker). Only
 * the e2e test build marks: a reader's background keeps no timeline.
 */
import { TEST_BUILD } from '../testBuild.ts';

/** The prefix of every mark, which the bench filters on. */
export const STAGE_PREFIX = 'provenance:';
/** Marks kept at most (a long test run checks many pages): the oldest are cleared. */
const MAX_MARKS = 400;
let count = 0;

export function markStage(name: string, detail?: string): void {
  if (!TEST_BUILD || typeof performance?.mark !== 'function') return;
  if (++count > MAX_MARKS) {
    performance.clearMarks();
    count = 1;
  }
  performance.mark(`${STAGE_PREFIX}${name}`, detail === undefined ? undefined : { detail: detail.slice(0, 200) });
}
