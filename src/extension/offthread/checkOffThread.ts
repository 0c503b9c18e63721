/**
 * Where the background runs a check: in a worker when the browser lets it start one (startCheckWorkers.ts), else on
 * its own thread as before (core yields between stages there). Either way the fetches and the memory are the
 * background's own ports.
 */
import { checkHtml, checkUrl } from '../../core/check.ts';
import type { DirectoryEntry } from '../../core/match/publisherDirectory.ts';
import type { Ports } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import type { CheckInput } from './checkMessages.ts';
import type { OffThreadChecks } from './offThreadChecks.ts';

export async function checkOffThread(
  workers: OffThreadChecks | null,
  input: CheckInput,
  ports: Ports,
  knownSites: DirectoryEntry[],
  signal: AbortSignal | undefined,
): Promise<CheckResult> {
  const inThread = (): Promise<CheckResult> =>
    input.kind === 'html'
      ? checkHtml(input.html, input.url, ports, { signal, contentType: input.contentType })
      : checkUrl(input.url, ports, { signal });
  if (!workers) return inThread();
  return workers.check(
    { input, knownSites, memory: ports.memory !== undefined },
    { fetch: ports.fetch, ...(ports.memory ? { memory: ports.memory } : {}) },
    signal,
    inThread,
  );
}
