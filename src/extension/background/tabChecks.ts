/**
 * One check per tab at a time: a newer snapshot (or a navigation, or the tab closing) aborts the older check through
 * its AbortSignal, and a superseded check never writes its result. Every state change goes to the store and to
 * `onState` (the badge).
 */
import type { CheckResult } from '../../core/report.ts';
import type { TabState } from '../tabState.ts';
import type { TabStore } from './tabStore.ts';
import { markStage } from './markStage.ts';

export type RunCheck = (signal: AbortSignal) => Promise<CheckResult>;

export interface TabChecksDeps {
  store: TabStore;
  onState(state: TabState): void | Promise<void>;
  now(): number;
  /** A whole check (several fetches) gives up after this long. */
  timeoutMs?: number;
}

export interface TabChecks {
  /** Starts a check, resolving once the tab shows "checking"; `finished` resolves with the final state. */
  start(tabId: number, url: string, run: RunCheck): Promise<{ checking: TabState; finished: Promise<TabState | null> }>;
  /** Records a state without checking (off, idle, unsupported), aborting any check of the tab. */
  settle(tabId: number, url: string, status: 'idle' | 'off' | 'unsupported' | 'needs-permission'): Promise<TabState>;
  cancel(tabId: number): void;
  isRunning(tabId: number): boolean;
  /** A check of the tab was started at or after `time` (a navigation handler that awaited must then leave it be). */
  startedSince(tabId: number, time: number): boolean;
  running(): number;
}

const DEFAULT_TIMEOUT_MS = 90_000;
const MAX_ERROR_MESSAGE = 300;

class CheckTimeout extends Error {
  readonly code = 'timeout';
}

function errorOf(error: unknown): { code: string; message: string } {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message: message.slice(0, MAX_ERROR_MESSAGE) };
}

export function tabChecks(deps: TabChecksDeps): TabChecks {
  const controllers = new Map<number, AbortController>();
  const startedAt = new Map<number, number>();

  async function record(state: TabState): Promise<TabState> {
    await deps.store.put(state);
    markStage(`state-${state.status}`);
    await deps.onState(state);
    markStage(`badge-${state.status}`);
    return state;
  }

  function cancel(tabId: number): void {
    controllers.get(tabId)?.abort();
    controllers.delete(tabId);
    startedAt.delete(tabId);
  }

  async function finish(
    tabId: number,
    url: string,
    controller: AbortController,
    run: RunCheck,
  ): Promise<TabState | null> {
    const timer = setTimeout(
      () => controller.abort(new CheckTimeout('The check took too long')),
      deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    const current = () => controllers.get(tabId) === controller;
    try {
      const result = await run(controller.signal);
      if (!current()) return null;
      await deps.store.putComparison(tabId, result.comparison);
      markStage('comparison-stored');
      return await record({ tabId, url, status: 'done', report: result.report, error: null, updatedAt: deps.now() });
    } catch (error) {
      if (!current()) return null;
      const reason =
        controller.signal.aborted && controller.signal.reason instanceof CheckTimeout
          ? controller.signal.reason
          : error;
      return await record({ tabId, url, status: 'error', report: null, error: errorOf(reason), updatedAt: deps.now() });
    } finally {
      clearTimeout(timer);
      if (current()) controllers.delete(tabId);
    }
  }

  return {
    async start(tabId, url, run) {
      cancel(tabId);
      const controller = new AbortController();
      controllers.set(tabId, controller);
      startedAt.set(tabId, deps.now());
      await deps.store.putComparison(tabId, null);
      const checking = await record({
        tabId,
        url,
        status: 'checking',
        report: null,
        error: null,
        updatedAt: deps.now(),
      });
      return { checking, finished: finish(tabId, url, controller, run) };
    },
    async settle(tabId, url, status) {
      cancel(tabId);
      await deps.store.putComparison(tabId, null);
      return record({ tabId, url, status, report: null, error: null, updatedAt: deps.now() });
    },
    cancel,
    isRunning: (tabId) => controllers.has(tabId),
    startedSince: (tabId, time) => (startedAt.get(tabId) ?? -Infinity) >= time,
    running: () => controllers.size,
  };
}
