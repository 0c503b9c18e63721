/** Bundles bench/pageEntry.ts (and what it imports: the content script's capture, Readability) into one IIFE. */
import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './benchPages.ts';

export const PAGE_GLOBAL = '__provenanceBench';

export async function bundleForPage(): Promise<string> {
  const out = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(REPO_ROOT, 'bench', 'pageEntry.ts'), formats: ['iife'], name: PAGE_GLOBAL },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('vite build produced no chunk for the page bundle');
}
