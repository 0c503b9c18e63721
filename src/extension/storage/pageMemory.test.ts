import { describe, expect, test } from 'vitest';
import { sketch } from '../../core/text/sketch.ts';
import { memoryArea } from './memoryArea.ts';
import { MEMORY_KEY, migrateStoredMemory, pageMemory } from './pageMemory.ts';

const ARTICLE_A = 'The provincial committee approved a new plan for the river delta on Monday, setting aside funds for dikes, pumping stations and the relocation of households living in flood zones along the canals.';
const ARTICLE_B = 'A football club from the capital won the national cup after a penalty shoot-out, its goalkeeper saving two shots before the captain scored the decisive kick in front of a full stadium.';
const entry = (url: string, text: string, visitedAt: number) => ({ url, title: null, visitedAt, sketch: sketch(text) });

describe('pageMemory', () => {
  test('recalls the resembling page first and not the unrelated one', async () => {
    const memory = pageMemory(memoryArea(), () => 10);
    await memory.remember(entry('https://orig.example/a.html', ARTICLE_A, 1));
    await memory.remember(entry('https://orig.example/b.html', ARTICLE_B, 2));
    const found = await memory.recall(sketch(`${ARTICLE_A} Read more at our site.`), 5);
    expect(found.map((e) => e.url)).toEqual(['https://orig.example/a.html']);
  });

  test('keeps at most `capacity` entries, dropping the oldest, one per URL', async () => {
    const area = memoryArea();
    const memory = pageMemory(area, async () => 2);
    for (let i = 1; i <= 4; i++) await memory.remember(entry(`https://orig.example/${i}`, ARTICLE_A, i));
    await memory.remember(entry('https://orig.example/4', ARTICLE_A, 5));
    expect((area.dump()[MEMORY_KEY] as { url: string }[]).map((e) => e.url)).toEqual(['https://orig.example/3', 'https://orig.example/4']);
  });

  test('refuses entries it could not show safely, and survives garbage in storage', async () => {
    const area = memoryArea({ [MEMORY_KEY]: 'garbage' });
    const memory = pageMemory(area, () => 10);
    expect(await memory.recall(sketch(ARTICLE_A), 5)).toEqual([]);
    await memory.remember({ url: 'javascript:alert(1)', title: null, visitedAt: 1, sketch: sketch(ARTICLE_A) });
    await memory.remember(entry('https://orig.example/a', ARTICLE_A, 1));
    expect((area.dump()[MEMORY_KEY] as unknown[]).length).toBe(1);
  });

  test('migration keeps good entries', async () => {
    const good = entry('https://orig.example/a', ARTICLE_A, 1);
    const area = memoryArea({ [MEMORY_KEY]: [good, { url: 'https://x.example', visitedAt: 1, sketch: ['a'] }] });
    await migrateStoredMemory(area);
    expect(area.dump()[MEMORY_KEY]).toEqual([good]);
  });
});
