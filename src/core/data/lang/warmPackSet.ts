/**
 * Builds every per-pack-set matcher (packSet.ts) for a set ahead of the page that needs it, one matcher a step: the
 * check worker warms the packs of the reader's own languages while it waits, so that the first page in one of them
 * does not compile its matchers on the reader's time. Each step also runs the matcher's regular expressions once on a
 * one-byte and a two-byte line, the two forms the regex engine compiles for separately, so that compiling them is
 * paid here too. A step is a few milliseconds to a few tens: a caller that yields between steps can stop at any one.
 */
import { perPackSetGetters, withPacks, type PackSet } from './packSet.ts';

/** Lines to run the regexes on (which lines does not matter: what is compiled is the regex, for each form). */
const PROBES = ['Source: Example Daily, 1 March 2024', 'Nguồn: Example Daily — 1 tháng 3, 2024'];
/** How deep a built value is searched for regexes (an object of regexes, a list of them). */
const MAX_DEPTH = 2;

function runRegexes(value: unknown, depth = 0): void {
  if (value instanceof RegExp) {
    for (const probe of PROBES) {
      value.lastIndex = 0;
      value.exec(probe);
    }
    value.lastIndex = 0;
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const v of Array.isArray(value) ? value : Object.values(value)) runRegexes(v, depth + 1);
  }
}

/** The steps of warming `set`: each builds one matcher (if not built yet) and runs its regexes. */
export function* warmPackSet(set: PackSet): Generator<void, void, void> {
  for (const get of perPackSetGetters()) {
    withPacks(set, () => runRegexes(get()));
    yield;
  }
}
