/**
 * Chrome stops an idle extension service worker after ~30 s without extension events or API calls, even with
 * fetches in flight. A check can take longer (several pages fetched in turn), so while one runs we make a cheap API
 * call every 20 s. Only while checks run: an idle worker is still stopped as it should be.
 */
import { browser } from '../browser.ts';

const PING_MS = 20_000;
let pending = 0;
let timer: ReturnType<typeof setInterval> | undefined;

export async function keepAliveWhile<T>(work: Promise<T>): Promise<T> {
  pending++;
  timer ??= setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), PING_MS);
  try {
    return await work;
  } finally {
    pending--;
    if (pending === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
