import type { Ports } from './ports.ts';

/**
 * Between two stages of a check: the host's event loop gets a turn (in the service worker, other tabs' messages and
 * the popup are answered here), then an abort asked for meanwhile takes effect. Stages are bounded by PAGE_LIMITS, so
 * this is how often a check lets go of the thread.
 */
export async function checkpoint(ports: Ports, signal?: AbortSignal): Promise<void> {
  await ports.yieldToHost?.();
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('the check was aborted');
}
