/**
 * Where the background runs a check: in a worker when the browser lets it start one (startCheckWorkers.ts), else on
 * its own thread (checkInThread.ts, imported only then: the engine stays out of the background's bundle). Either
 * way the fetches and the memory are the background's own ports.
 */
import type { DirectoryEntry } from '../../core/match/publisherDirectory.ts';
import type { CheckResult } from '../../core/report.ts';
import type { CheckInput } from './checkMessages.ts';
import type { HostPorts, OffThreadChecks } from './offThreadChecks.ts';

export async function checkOffThread(
  workers: OffThreadChecks | null,
  input: CheckInput,
  ports: HostPorts,
  knownSites: DirectoryEntry[],
  signal: AbortSignal | undefined,
): Promise<CheckResult> {
  const inThread = async (): Promise<CheckResult> =>
    (await import('./checkInThread.ts')).checkInThread(input, ports, knownSites, signal);
  if (!workers) return inThread();
  return workers.check(
    { input, knownSites, memory: ports.memory !== undefined },
    { fetch: ports.fetch, ...(ports.memory ? { memory: ports.memory } : {}) },
    signal,
    inThread,
  );
}
