/**
 * The background's check workers, in whichever way this browser allows (workerLinks.ts), with the page budget; null
 * where neither a Worker nor chrome.offscreen is available (checks then run on the background's thread).
 */
import { PAGE_BUDGET_MS } from '../../core/tooSlowError.ts';
import { offThreadChecks, type OffThreadChecks } from './offThreadChecks.ts';
import { offscreenSpawner, webWorkerLink, type ChromeOffscreenApi } from './workerLinks.ts';
import { readerLanguages } from './readerLanguages.ts';

export function startCheckWorkers(): OffThreadChecks | null {
  const chrome = (globalThis as { chrome?: Partial<ChromeOffscreenApi> }).chrome;
  const spawn =
    typeof Worker === 'function'
      ? async () =>
          webWorkerLink(new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module', name: 'check' }))
      : chrome?.offscreen && chrome.runtime
        ? offscreenSpawner(chrome as ChromeOffscreenApi)
        : null;
  return spawn ? offThreadChecks({ spawn, budgetMs: PAGE_BUDGET_MS, languages: readerLanguages }) : null;
}
