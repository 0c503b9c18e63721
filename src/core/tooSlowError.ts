/**
 * A check stopped at its time budget (5 s a page by default): the report's `too-slow` error. Distinct from
 * `timeout`, which is one fetch that got no complete answer in time: here the page's own work ran out of time,
 * whatever it was doing, and the host stopped it (the CLI terminates the page's worker thread, the extension its
 * check worker).
 */
export class TooSlowError extends Error {
  readonly code = 'too-slow';
  constructor(
    readonly budgetMs: number,
    readonly url: string,
  ) {
    super(`the check took longer than its ${budgetMs / 1000} s budget and was stopped`);
    this.name = 'TooSlowError';
  }
}

/** Every page is answered (a report, or this error) within this long, in the CLI and in the extension. */
export const PAGE_BUDGET_MS = 5_000;
