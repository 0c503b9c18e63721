/** The worker side of workerPool.ts: answers each task with `handle` and says when it is ready. */
import { parentPort, workerData } from 'node:worker_threads';

export function serveTasks<Init, Req, Res>(makeHandler: (init: Init) => Promise<(req: Req) => Promise<Res>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  void makeHandler((workerData as { init: Init }).init).then((handle) => {
    port.on('message', (m: { id: number; req: Req }) => {
      void handle(m.req).then((res) => port.postMessage({ id: m.id, res }));
    });
    port.postMessage({ ready: true });
  });
}
