/**
 * Where the background runs a check: in a worker when the browser lets it start one (startCheckWorkers.ts), else on
 * its own thread (checkInThread.ts, imported only then: the engine stays out of the background's bundle). Either
 * way the fetches and the memory are the background's own ports.
 */
import type { DirectoryEntry } from '../../core/match/publisherDirectory.ts';
import type { CheckResult } from '../../core/report.ts';
import type { CheckInput } from './checkMessages.ts';
import type { HostPorts, OffThreadChecks } from './offThreadChecks.ts';

/** Set by the build (vite.config.ts); unit tests, which have no define, get the fallback. */
declare const __PROVENANCE_BROWSER__: string | undefined;
/**
 * Chromium's service worker cannot import() at all (the HTML spec forbids it there), and it always has its offscreen
 * document: its build leaves the in-thread engine out (~1 MB of package), and a check that finds no worker fails.
 */
const CAN_IMPORT = typeof __PROVENANCE_BROWSER__ !== 'string' || __PROVENANCE_BROWSER__ !== 'chrome';

export async function checkOffThread(
  workers: OffThreadChecks | null,
  input: CheckInput,
  ports: HostPorts,
  knownSites: DirectoryEntry[],
  signal: AbortSignal | undefined,
): Promise<CheckResult> {
  const inThread = CAN_IMPORT
    ? async (): Promise<CheckResult> =>
        (await import('./checkInThread.ts')).checkInThread(input, ports, knownSites, signal)
    : undefined;
  if (!workers) {
    if (!inThread) throw new Error('no check worker could be started');
    return inThread();
  }
  return workers.check(
    { input, knownSites, memory: ports.memory !== undefined },
    { fetch: ports.fetch, ...(ports.memory ? { memory: ports.memory } : {}) },
    signal,
    inThread,
  );
}
