// A worker thread's first file: plain JavaScript, so that it can load the TypeScript module named in its workerData
// through tsx, as bin/provenance.mjs does for the main thread.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
