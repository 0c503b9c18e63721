/**
 * (f) The engine's cold start, in Node: what the first page after install pays in the check worker before any
 * browser cost. Each run is a fresh process (bench/coldEngineProbe.ts, bundled first like the worker's engine so
 * that module evaluation is what a bundle costs, not a TypeScript loader's) checking the seed copy once; stages by
 * CPU time, so a loaded machine inflates them less than it does wall time.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { FIXTURE_WEB, PAGES } from '../test/e2e/fixturePages.ts';
import { REPO_ROOT } from './benchPages.ts';
import { summarize, type Summary } from './stats.ts';

export const COLD_STAGES = [
  'evaluate',
  'directory',
  'parse',
  'scan',
  'extract',
  'rest',
  'check',
  'warm',
  'warmUp',
] as const;
type Stage = (typeof COLD_STAGES)[number];

export interface ColdEngineResult {
  runs: number;
  verdicts: string[];
  /** CPU ms per stage: module evaluation, publisher directory, the cold check's stages, the whole check, warm. */
  cpuMs: Record<Stage, Summary>;
}

/**
 * `worker`: the seed copy checked as a warm check worker's first page instead of a cold engine's: after the clean
 * page (the worker's English warm-up page stands for it), and with `languages` (comma-separated tags) the reader's
 * packs warmed after it (serveChecks' warm-up).
 */
export async function coldEngine(
  runs: number,
  log: (s: string) => void,
  worker?: { languages?: string },
): Promise<ColdEngineResult> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-cold-'));
  try {
    await build({
      configFile: false,
      root: REPO_ROOT,
      logLevel: 'silent',
      ssr: { noExternal: true },
      build: {
        ssr: path.join(REPO_ROOT, 'bench', 'coldEngineProbe.ts'),
        outDir,
        emptyOutDir: true,
        minify: true,
        rollupOptions: { output: { format: 'es', entryFileNames: 'probe.mjs', inlineDynamicImports: true } },
      },
    });
    const samples: Record<Stage, number[]> = Object.fromEntries(COLD_STAGES.map((s) => [s, []])) as never;
    const verdicts: string[] = [];
    for (let r = 0; r < runs; r++) {
      const first = worker ? [PAGES.clean, ...(worker.languages ? [worker.languages] : [])] : [];
      const out = execFileSync(
        process.execPath,
        [path.join(outDir, 'probe.mjs'), FIXTURE_WEB, PAGES.seedCopy, ...first],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      const one = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<Stage, number> & { verdict: string };
      for (const s of COLD_STAGES) samples[s].push(one[s]);
      verdicts.push(one.verdict);
      log(
        `  cold engine, run ${r + 1}: evaluate ${Math.round(one.evaluate)} ms, check ${Math.round(one.check)} ms CPU`,
      );
    }
    return {
      runs,
      verdicts,
      cpuMs: Object.fromEntries(COLD_STAGES.map((s) => [s, summarize(samples[s])])) as Record<Stage, Summary>,
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
