/** A worker for workerPool's tests: echoes, spins the CPU synchronously, or allocates until it dies. */
import { serveTasks } from '../../src/cli/workerTasks.ts';

export interface SpinTask {
  echo?: string;
  spinMs?: number;
  allocate?: boolean;
}

serveTasks<{ tag: string }, SpinTask, string>(async ({ tag }) => async (task) => {
  if (task.spinMs) {
    const end = Date.now() + task.spinMs;
    while (Date.now() < end); // Synchronous: no timer or abort signal can interrupt this.
  }
  if (task.allocate) {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 1e6 }, (_, i) => i + hoard.length));
  }
  return `${tag}:${task.echo ?? ''}`;
});
