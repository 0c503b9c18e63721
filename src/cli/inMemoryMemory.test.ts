import { describe, expect, test } from 'vitest';
import { sketch } from '../core/text/sketch.ts';
import { makeInMemoryMemory } from './inMemoryMemory.ts';

const entry = (url: string, s: number[]) => ({ url, title: null, visitedAt: 0, sketch: s });

describe('makeInMemoryMemory', () => {
  test('recalls the most similar entries first and leaves unrelated ones out', async () => {
    const score = (a: readonly number[], b: readonly number[]) => (a[0] === b[0] ? 0.9 : a[1] === b[1] ? 0.5 : 0);
    const memory = makeInMemoryMemory(score);
    await memory.remember(entry('https://a.example.com/half', [0, 7]));
    await memory.remember(entry('https://a.example.com/none', [0, 0]));
    await memory.remember(entry('https://a.example.com/best', [1, 0]));
    expect((await memory.recall([1, 7], 5)).map((e) => e.url)).toEqual(['https://a.example.com/best', 'https://a.example.com/half']);
    expect(await memory.recall([1, 7], 1)).toHaveLength(1);
  });

  test('keeps one entry per URL, the latest', async () => {
    const memory = makeInMemoryMemory(() => 1);
    await memory.remember(entry('https://a.example.com/x', [1]));
    await memory.remember(entry('https://a.example.com/x', [2]));
    expect(memory.entries).toEqual([entry('https://a.example.com/x', [2])]);
  });

  test('uses the MinHash resemblance by default', async () => {
    const text = 'Sáng 7/4, Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị sơ kết công tác năm 2022 và triển khai nhiệm vụ năm 2023 tại thành phố Long Xuyên';
    const memory = makeInMemoryMemory();
    await memory.remember(entry('https://original.example.com/a', sketch(text)));
    await memory.remember(entry('https://other.example.com/b', sketch('Completely different words about football transfers and the weather in another city entirely today')));
    expect((await memory.recall(sketch(`${text} thêm`), 5)).map((e) => e.url)).toEqual(['https://original.example.com/a']);
  });
});
