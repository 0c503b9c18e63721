/**
 * A check worker as a Node worker thread (started through src/cli/workerBoot.mjs): the same serveChecks as the
 * extension's Worker, over the thread's parentPort. For offThreadChecks' tests and the hostile benchmark's
 * background path. `init.spin` makes a worker that only spins, to test stopping.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../../src/extension/offthread/checkMessages.ts';
import { serveChecks } from '../../src/extension/offthread/serveChecks.ts';

const port = parentPort;
if (!port) throw new Error('checkThread runs in a worker thread');
const init = (workerData as { init?: { spin?: boolean } }).init ?? {};
if (init.spin)
  port.on('message', () => {
    for (;;); // Synchronous: only terminating the thread stops this.
  });
else
  serveChecks({
    post: (message: FromWorker) => port.postMessage(message),
    listen: (handler: (m: ToWorker) => void) => port.on('message', handler),
  });
port.postMessage({ ready: true });
