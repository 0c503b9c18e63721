/**
 * Runs read-modify-write updates of one key one after another. Two messages arriving together (two flags, a flag
 * and an unflag) would otherwise both read the old list and the second write would drop the first change.
 */
export function serialized(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
