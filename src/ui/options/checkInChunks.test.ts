import { describe, expect, test } from 'vitest';
import type { BatchRow } from '../../extension/messages.ts';
import { checkInChunks } from './checkInChunks.ts';

const row = (url: string): BatchRow => ({
  url,
  status: 'done',
  verdict: 'clean',
  trust: 'none',
  syndicated: false,
  originalUrl: null,
  publisher: null,
  authors: [],
  containment: null,
  error: null,
});
const urls = Array.from({ length: 7 }, (_, i) => `https://s${i}.example/`);

describe('checkInChunks', () => {
  test('sends a few at a time, one after another, and reports progress', async () => {
    const sent: string[][] = [];
    const progress: string[] = [];
    let inFlight = 0;
    const rows = await checkInChunks(
      urls,
      async (chunk) => {
        inFlight++;
        expect(inFlight).toBe(1);
        sent.push(chunk);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
        return chunk.map(row);
      },
      (done, total) => progress.push(`${done}/${total}`),
      3,
    );
    expect(sent.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(progress).toEqual(['0/7', '3/7', '6/7', '7/7']);
    expect(rows.map((r) => r.url)).toEqual(urls);
  });

  test('a refused message costs only its own URLs, which read "interrupted"', async () => {
    let call = 0;
    const rows = await checkInChunks(
      urls.slice(0, 4),
      async (chunk) => {
        if (call++ === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        return chunk.map(row);
      },
      () => undefined,
      2,
    );
    expect(rows.map((r) => r.error?.code ?? r.status)).toEqual(['interrupted', 'interrupted', 'done', 'done']);
    expect(rows[0]?.error?.message).toMatch(/Receiving end/);
  });

  test('rows are matched to the URLs sent, whatever order or extras come back', async () => {
    const rows = await checkInChunks(
      urls.slice(0, 3),
      async (chunk) => [row('https://evil.example/'), row(chunk[2]!), row(chunk[0]!)],
      () => undefined,
      3,
    );
    expect(rows.map((r) => r.url)).toEqual(urls.slice(0, 3));
    expect(rows.map((r) => r.status)).toEqual(['done', 'error', 'done']);
  });
});
