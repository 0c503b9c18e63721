/**
 * Worker threads that can be stopped for real. A `setTimeout` raced against a check cannot stop synchronous work (a
 * 2 s `--timeout` used to return after 11 s); `Worker.terminate()` stops a thread in the middle of a loop. Each task
 * runs in a worker; past its deadline, or when the worker dies (out of memory, a crash), the worker is terminated and
 * replaced, and the task gets the answer `onFail` makes of it.
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions<Req, Res> {
  size: number;
  /** A TypeScript module that calls `serveTasks` (see workerTasks.ts). */
  entry: URL;
  /** Passed to the entry as `workerData.init`: what every task of this run shares. */
  init: unknown;
  /** Heap cap per worker; past it the worker dies and its task fails with `out-of-memory`. */
  maxHeapMb?: number;
  /** The answer for a task that did not finish: `timeout` (terminated at its deadline) or `crashed`. */
  onFail: (req: Req, why: 'timeout' | 'out-of-memory' | 'crashed', detail: string) => Res;
}

export interface Pool<Req, Res> {
  run(req: Req, timeoutMs: number): Promise<Res>;
  /** Resolves once a worker is started and free (a benchmark starts its clock after that). */
  warm(): Promise<void>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
}

const BOOT = new URL('./workerBoot.mjs', import.meta.url);

export function makeWorkerPool<Req, Res>(options: PoolOptions<Req, Res>): Pool<Req, Res> {
  const idle: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  let spawned = 0;
  let closed = false;
  const all = new Set<Worker>();

  const spawn = (): Slot => {
    const worker = new Worker(BOOT, {
      workerData: { entry: options.entry.href, init: options.init },
      ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
    });
    all.add(worker);
    worker.once('exit', () => all.delete(worker));
    // The worker says it is ready once its entry has loaded: the deadline starts when the task does, not the load.
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', (m: { ready?: boolean }) =>
        m?.ready ? resolve() : reject(new Error('worker did not start')),
      );
      worker.once('error', reject);
    });
    ready.catch(() => undefined);
    return { worker, ready };
  };

  const acquire = (): Promise<Slot> => {
    const slot = idle.pop();
    if (slot) return Promise.resolve(slot);
    if (spawned < options.size) {
      spawned++;
      return Promise.resolve(spawn());
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = (slot: Slot): void => {
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };

  let nextId = 0;
  const run = async (req: Req, timeoutMs: number): Promise<Res> => {
    const slot = await acquire();
    try {
      await slot.ready;
    } catch (e) {
      release(replace(slot));
      return options.onFail(req, 'crashed', describe(e));
    }
    const id = nextId++;
    return new Promise<Res>((resolve) => {
      const { worker } = slot;
      let settled = false;
      const finish = (res: Res, healthy: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        release(healthy ? slot : replace(slot));
        resolve(res);
      };
      const onMessage = (m: { id?: number; res?: Res }): void => {
        if (m?.id === id) finish(m.res as Res, true);
      };
      const onError = (e: Error): void =>
        finish(options.onFail(req, isOutOfMemory(e) ? 'out-of-memory' : 'crashed', describe(e)), false);
      const onExit = (code: number): void =>
        finish(options.onFail(req, 'crashed', `worker exited with code ${code}`), false);
      const timer = setTimeout(
        () => finish(options.onFail(req, 'timeout', `stopped after ${timeoutMs} ms`), false),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, req });
    });
  };

  /** Terminates a worker that timed out or died (terminate stops even a synchronous loop) and starts a fresh one. */
  const replace = (slot: Slot): Slot => {
    void slot.worker.terminate();
    return closed ? slot : spawn();
  };

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.all([...all].map((w) => w.terminate()));
  };

  const warm = async (): Promise<void> => {
    const slot = await acquire();
    await slot.ready.catch(() => undefined);
    release(slot);
  };

  return { run, warm, close };
}

function isOutOfMemory(e: Error): boolean {
  return (e as Error & { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
