/**
 * Sends a list to the background a few URLs per `check-urls` message, so the page can say how far it got and a
 * background stopped mid-list costs only the URLs of one message (their rows read "interrupted"). The background
 * still runs at most two checks at once; the next message is sent when the previous one is answered.
 */
import { type BatchRow, uncheckedRow } from '../../extension/messages.ts';

export const CHUNK_SIZE = 4;

export type SendChunk = (urls: string[]) => Promise<BatchRow[]>;

export async function checkInChunks(
  urls: readonly string[],
  send: SendChunk,
  onProgress: (done: number, total: number) => void,
  chunkSize = CHUNK_SIZE,
): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  const size = Math.max(1, chunkSize);
  onProgress(0, urls.length);
  for (let start = 0; start < urls.length; start += size) {
    const chunk = urls.slice(start, start + size);
    rows.push(...(await answerFor(chunk, send)));
    onProgress(rows.length, urls.length);
  }
  return rows;
}

/** The background's rows matched to the URLs sent, one row per URL whatever came back. */
async function answerFor(chunk: string[], send: SendChunk): Promise<BatchRow[]> {
  try {
    const answer = await send(chunk);
    const byUrl = new Map((Array.isArray(answer) ? answer : []).map((row) => [row.url, row]));
    return chunk.map((url) => byUrl.get(url) ?? interrupted(url, 'No answer for this page.'));
  } catch (error) {
    return chunk.map((url) => interrupted(url, (error instanceof Error ? error.message : String(error)).slice(0, 300)));
  }
}

function interrupted(url: string, message: string): BatchRow {
  return uncheckedRow(url, { code: 'interrupted', message });
}
