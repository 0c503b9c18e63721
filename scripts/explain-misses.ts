// Diagnostic (issue 11): for each dev page of a kind that the engine misses, what the scan sees about the labelled
// source: the block that holds it, its place, which readers fire, and what claims survive. Dev pages only.
//   npx tsx scripts/explain-misses.ts <ids file> [kind]
import fs from 'node:fs';
import { scanPageData } from '../src/core/signals/scanPage.ts';
import { placeOf } from '../src/core/signals/sourceLinePlace.ts';
import { namedOutlet } from '../src/core/signals/namedOutlet.ts';
import { sourceLinePatterns } from '../src/core/signals/sourceLinePatterns.ts';
import { PAGE_DETECTORS } from '../src/core/signals/pageDetectors.ts';
import { pageIdentity } from '../src/core/page/pageIdentity.ts';
import { devPages } from './devPages.ts';

const ids = new Set(fs.readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean));
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
for (const { case: c, page } of devPages((c) => ids.has(c.id))) {
  const scan = scanPageData(page);
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const want = String(c.expect.claimedSource);
  const names = [want, ...(c.aliases ?? [])].map((n) => fold(n.replace(/^https?:\/\//, '').replace(/^www\./, '')));
  console.log(`\n=== ${c.id} [${c.lang}] want ${want}  blocks ${page.blocks.length} main ${JSON.stringify(page.main)}`);
  console.log(`  known: ${[want, ...(c.aliases ?? [])].map((n) => `${n}=${namedOutlet(n)?.name ?? '-'}`).join(', ')}`);
  for (const b of page.blocks) {
    const t = fold(b.text);
    if (!names.some((n) => n.length > 1 && t.includes(n.toLowerCase()))) continue;
    const lines = b.text.split('\n');
    const line = lines.find((l) => names.some((n) => fold(l).includes(n))) ?? '';
    console.log(
      `  block ${b.index} ${b.tag} place=${placeOf(page, b)} len=${b.text.length} hidden=${!!b.hidden} region=${b.region ?? ''} label=${!!sourceLinePatterns().label.exec(line)} lead=${!!sourceLinePatterns().lead.exec(line)} stacked=${!!sourceLinePatterns().stackedLabel.exec(b.text)}`,
    );
    console.log(`    | ${line.slice(0, 220)}`);
  }
  for (const d of PAGE_DETECTORS) {
    const f = d.detect(page, { identity });
    if (f.signals.length || f.claims.length)
      console.log(
        `  det ${d.kind}: ${f.signals.map((s) => `${s.kind}:${s.strength}:${s.target ?? ''}`).join(' ; ')} claims ${f.claims.map((k) => k.value).join(' | ')}`,
      );
  }
  console.log(`  scan claims: ${scan.claims.map((k) => `${k.type}:${k.value}`).join(' | ')}`);
}
