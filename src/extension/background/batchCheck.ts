/**
 * Checks a moderator's list of URLs (the `check-urls` message): a few at a time so the browser and the sites are not
 * flooded, each check with its own timeout, and one failure only ever costs its own row. Rows come back in the order
 * of the list, whatever order the checks finish in.
 */
import type { CheckResult } from '../../core/report.ts';
import { type BatchRow, uncheckedRow } from '../messages.ts';
import { hostOf } from '../storage/hostName.ts';
import { isSiteEnabled, type Settings } from '../storage/settings.ts';

export const BATCH_CONCURRENCY = 2;
/** Like a tab's check: several pages fetched in turn, so well above one fetch's timeout. */
export const BATCH_TIMEOUT_MS = 90_000;
const MAX_ERROR_MESSAGE = 300;

export interface BatchDeps {
  settings: Settings;
  checkUrl(url: string, settings: Settings, signal: AbortSignal): Promise<CheckResult>;
  concurrency?: number;
  timeoutMs?: number;
}

class BatchTimeout extends Error {
  readonly code = 'timeout';
}

export async function batchCheck(urls: readonly string[], deps: BatchDeps): Promise<BatchRow[]> {
  const rows: BatchRow[] = new Array<BatchRow>(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const index = next++;
      rows[index] = await checkOne(urls[index] as string, deps);
    }
  };
  const workers = Math.max(1, Math.min(deps.concurrency ?? BATCH_CONCURRENCY, urls.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return rows;
}

async function checkOne(url: string, deps: BatchDeps): Promise<BatchRow> {
  if (!isSiteEnabled(deps.settings, hostOf(url))) {
    return uncheckedRow(url, { code: 'off', message: 'Provenance is off for this site.' });
  }
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new BatchTimeout('The check took too long')),
    deps.timeoutMs ?? BATCH_TIMEOUT_MS,
  );
  try {
    // Raced against the signal so a check that ignores its signal still cannot hold the batch past its timeout.
    const result = await Promise.race([
      deps.checkUrl(url, deps.settings, controller.signal),
      aborted(controller.signal),
    ]);
    return doneRow(url, result);
  } catch (error) {
    const reason =
      controller.signal.aborted && controller.signal.reason instanceof BatchTimeout ? controller.signal.reason : error;
    return uncheckedRow(url, errorOf(reason));
  } finally {
    clearTimeout(timer);
  }
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  );
}

function doneRow(url: string, { report }: CheckResult): BatchRow {
  return {
    url,
    status: 'done',
    verdict: report.verdict,
    trust: report.trust,
    syndicated: report.syndicated,
    originalUrl: report.original?.url ?? null,
    publisher: report.original?.publisher ?? null,
    authors: [...report.credits.authors],
    containment: report.original?.overlap.containment ?? null,
    error: null,
  };
}

function errorOf(error: unknown): { code: string; message: string } {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  return { code: code.slice(0, 40), message: message.slice(0, MAX_ERROR_MESSAGE) };
}
