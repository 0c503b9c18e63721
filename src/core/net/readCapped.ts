import { FetchError } from '../ports.ts';

/**
 * Reads a response body up to `maxBytes`, stopping (and cancelling the stream) as soon as it would exceed it, and
 * giving up when `signal` aborts even if the body stream itself ignores the signal (a slow server, a fake fetch).
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  signal: AbortSignal,
  url: string,
  onAbort: () => FetchError,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let abortListener: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    abortListener = () => reject(onAbort());
    if (signal.aborted) abortListener();
    else signal.addEventListener('abort', abortListener, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new FetchError('too-large', `body exceeds ${maxBytes} bytes`, url);
      chunks.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => undefined);
    if (e instanceof FetchError) throw e;
    if (signal.aborted) throw onAbort();
    throw new FetchError('network', `body read failed: ${e instanceof Error ? e.message : String(e)}`, url);
  } finally {
    if (abortListener) signal.removeEventListener('abort', abortListener);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
