// Diagnostic (issue 11): which source-label and origin wording families each language pack reads. Runs the probes of
// test/unit/sourceLabelProbes.ts (lines written for the test, invented outlets) through the engine and prints, per
// language, the families read (+) and missed (-), and the hard negatives that stayed clean (ok) or were flagged (FP).
//   npx tsx scripts/audit-source-labels.ts
import { LANGUAGE_PACKS } from '../src/core/data/lang/languagePacks.ts';
import { checkProbe } from '../test/unit/checkProbe.ts';
import { SOURCE_LABEL_PROBES } from '../test/unit/sourceLabelProbes.ts';

const packs = new Set(LANGUAGE_PACKS.map((p) => p.code));
const rows = new Map<string, string[]>();
let read = 0;
let positives = 0;
let fps = 0;
for (const probe of SOURCE_LABEL_PROBES) {
  const got = await checkProbe(probe);
  const mark = probe.outlet
    ? got.ok
      ? `+${probe.family}`
      : `-${probe.family}`
    : got.ok
      ? `ok:${probe.family}`
      : `FP:${probe.family}`;
  if (probe.outlet) {
    positives++;
    if (got.ok) read++;
  } else if (!got.ok) fps++;
  rows.set(probe.lang, [...(rows.get(probe.lang) ?? []), mark]);
}
for (const [lang, marks] of rows)
  console.log(`${lang.padEnd(4)} ${packs.has(lang) ? 'pack' : 'none'}  ${marks.join(' ')}`);
console.log(`\nread ${read} of ${positives} probes; ${fps} hard negatives flagged`);
