#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: tsx compiles src/cli/main.ts (and core) on the fly, so
// `npx provenance check …` works in a fresh clone after `npm install`.
import { tsImport } from 'tsx/esm/api';

// A closed pipe (`provenance check … | head`) is not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
