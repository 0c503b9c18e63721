/**
 * Runs `work` over `items` with at most `concurrency` at once, and hands each result to `emit` in input order as
 * soon as it and all before it are done (output order never depends on timing).
 */
export async function runOrdered<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  const done = new Map<number, R>();
  let next = 0;
  let flushed = 0;
  let flushing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    while (done.has(flushed)) {
      const result = done.get(flushed) as R;
      done.delete(flushed);
      await emit(result, flushed);
      flushed++;
    }
  };
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      done.set(index, await work(items[index] as T, index));
      flushing = flushing.then(flush);
      await flushing;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  await flushing;
}
