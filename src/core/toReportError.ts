import { FetchError } from './ports.ts';
import { TooComplexError } from './page/pageComplexity.ts';
import type { ReportError } from './report.ts';
import { TooSlowError } from './tooSlowError.ts';

/** A failure while checking, as the report states it: a stable code for the UI and a message for people. */
export function toReportError(error: unknown, url?: string): ReportError {
  if (error instanceof FetchError) {
    const code: ReportError['code'] =
      error.code === 'timeout' ||
      error.code === 'too-large' ||
      error.code === 'blocked-address' ||
      error.code === 'bad-url'
        ? error.code
        : 'fetch-failed';
    return { code, message: error.message, url: error.url };
  }
  if (error instanceof TooSlowError) return { code: 'too-slow', message: error.message, url: error.url };
  if (error instanceof TooComplexError) return { code: 'too-complex', message: error.message, url: error.url };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: message.slice(0, 300), ...(url ? { url } : {}) };
}
