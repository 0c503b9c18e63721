/** Starts test/helpers/checkThread.ts as a Node worker thread and hands it out as offThreadChecks' WorkerLink. */
import { Worker } from 'node:worker_threads';
import type { FromWorker } from '../../src/extension/offthread/checkMessages.ts';
import type { WorkerLink } from '../../src/extension/offthread/offThreadChecks.ts';

const BOOT = new URL('../../src/cli/workerBoot.mjs', import.meta.url);
const ENTRY = new URL('./checkThread.ts', import.meta.url);

export interface NodeLink extends WorkerLink {
  /** Resolves when the thread has really stopped after terminate(). */
  stopped: Promise<number>;
  /** Whether terminate() was called. */
  terminated(): boolean;
}

export async function nodeWorkerLink(init: { spin?: boolean } = {}, maxHeapMb = 512): Promise<NodeLink> {
  const worker = new Worker(BOOT, {
    workerData: { entry: ENTRY.href, init },
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  let handler: (m: FromWorker) => void = () => undefined;
  let terminated = false;
  worker.on('message', (m: FromWorker) => handler(m));
  worker.on('error', (e) =>
    handler({
      type: 'failed',
      error: { name: 'Error', code: 'internal', message: e.message, url: null, status: null },
    }),
  );
  let stop: (code: number) => void = () => undefined;
  const stopped = new Promise<number>((resolve) => {
    stop = resolve;
  });
  worker.once('exit', (code) => stop(code));
  return {
    post: (m) => worker.postMessage(m),
    listen: (h) => {
      handler = h;
    },
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    stopped,
    terminated: () => terminated,
  };
}
