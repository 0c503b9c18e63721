import { describe, expect, test } from 'vitest';
import { sketch } from '../text/sketch.ts';
import { article, excerpt, paraphrase } from '../../../bench/memory/syntheticArticles.ts';
import { estimateShingles } from './compactSketch.ts';
import { indexedMemory } from './indexedMemory.ts';
import { mapStore } from './mapStore.ts';
import type { DecodedPostings } from './postingList.ts';

const PAGES = 150;
const text = (seed: number) => article(seed).paragraphs.join('\n\n');

let shared: ReturnType<typeof fill> | null = null;
/** One full memory for the read-only tests (sketching 150 articles takes a while on a shared machine). */
const filled = (capacity?: number) => {
  if (capacity !== undefined) return fill(capacity);
  shared ??= fill(10_000);
  return shared;
};

async function fill(capacity: number) {
  const store = mapStore();
  let skipped = 0;
  const memory = indexedMemory(store, { capacity: () => capacity, onSkipped: (n) => (skipped += n) });
  for (let i = 0; i < PAGES; i++) {
    const a = article(i);
    await memory.remember({
      url: a.url,
      title: a.title,
      publisher: a.publisher,
      publishedAt: 1000 + i,
      visitedAt: i,
      sketch: sketch(text(i)),
    });
  }
  return { store, memory, skipped: () => skipped };
}

describe('indexedMemory', () => {
  test.each([
    { kind: 'verbatim copy', make: (i: number) => text(i) },
    { kind: 'paraphrase', make: (i: number) => paraphrase(article(i), i) },
    { kind: 'excerpt', make: (i: number) => excerpt(article(i), i) },
  ])('finds the original of a $kind among the first results', async ({ make }) => {
    const { memory } = await filled();
    let found = 0;
    for (const i of [3, 40, 77, 120, 149]) {
      const got = await memory.recall(sketch(make(i)), 5);
      if (got.some((e) => e.url === article(i).url)) found++;
    }
    expect(found).toBeGreaterThanOrEqual(4);
  });

  test('gives back what it keeps of a page (no sketch) and nothing for an unrelated text', async () => {
    const { memory } = await filled();
    const [first] = await memory.recall(sketch(text(7)), 1);
    expect(first).toEqual({
      url: article(7).url,
      title: article(7).title,
      publisher: article(7).publisher,
      publishedAt: 1007,
      visitedAt: 7,
      sketch: [],
    });
    expect(await memory.recall(sketch(text(10_000)), 5)).toEqual([]);
    expect(await memory.recall([], 5)).toEqual([]);
  });

  test('drops the oldest beyond capacity and their postings with them', async () => {
    const { store, memory } = await filled(100);
    expect(store.state.records.size).toBe(100);
    expect(await memory.recall(sketch(text(10)), 5)).toEqual([]);
    expect((await memory.recall(sketch(text(140)), 1))[0]?.url).toBe(article(140).url);
  });

  test('skips and counts a corrupted record instead of failing', async () => {
    const { store, memory, skipped } = await fill(10_000);
    const id = [...store.state.records].find(([, r]) => r.url === article(5).url)?.[0] ?? -1;
    store.state.records.set(id, { url: 'javascript:alert(1)' } as never);
    expect(await memory.recall(sketch(text(5)), 5)).toEqual([]);
    expect(skipped()).toBe(1);
  });

  test('estimates the number of distinct shingles within ~25 %', () => {
    for (const i of [1, 2, 3]) {
      const words = text(i).split(/\s+/).length;
      const n = estimateShingles(sketch(text(i)));
      expect(n).toBeGreaterThan(words * 0.7);
      expect(n).toBeLessThan(words * 1.3);
    }
  });

  test.each([
    { limit: 1, read: 2 },
    { limit: 5, read: 6 },
    { limit: 50, read: 12 },
  ])('reads at most $read candidates for $limit results (one more than asked, at most 12)', async ({ limit, read }) => {
    const { store } = await filled();
    // A query sharing bands with many pages: one slot from each of 64 of them.
    const query = Array.from({ length: 128 }, () => 0);
    const sketches = Array.from({ length: 64 }, (_, i) => sketch(text(i)));
    for (let s = 0; s < 64; s++) {
      query[s] = sketches[s]?.[s] ?? 0;
      query[64 + s] = sketches[s]?.[64 + s] ?? 0;
    }
    for (let s = 0; s < 64; s += 2) {
      query[s + 1] = sketches[s]?.[s + 1] ?? 0; // two shared slots a page, so each counts
      query[65 + s] = sketches[s]?.[65 + s] ?? 0;
    }
    const reads: number[] = [];
    const counting = {
      ...store,
      lookup: (keys: readonly number[], choose: (lists: readonly DecodedPostings[]) => readonly number[]) =>
        store.lookup(keys, (lists) => {
          const ids = choose(lists);
          reads.push(ids.length);
          return ids;
        }),
    };
    await indexedMemory(counting, { capacity: () => 10_000 }).recall(query, limit);
    expect(reads).toEqual([read]);
  });
});
