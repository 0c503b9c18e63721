import { describe, expect, test } from 'vitest';
import { sketch } from '../core/text/sketch.ts';
import { makeInMemoryMemory } from './inMemoryMemory.ts';

const entry = (url: string, text: string) => ({ url, title: null, visitedAt: 0, sketch: sketch(text) });
const TEXT =
  'Sáng 7/4, Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị sơ kết công tác năm 2022 và triển khai nhiệm vụ năm 2023 tại thành phố Long Xuyên, với sự tham dự của đại diện các sở ngành và địa phương trong tỉnh';

describe('makeInMemoryMemory', () => {
  test('recalls the original of a near copy and leaves unrelated pages out', async () => {
    const memory = makeInMemoryMemory();
    await memory.remember(entry('https://original.example.com/a', TEXT));
    await memory.remember(
      entry(
        'https://other.example.com/b',
        'Completely different words about football transfers and the weather in another city entirely today, nothing in common',
      ),
    );
    expect((await memory.recall(sketch(`${TEXT} thêm`), 5)).map((e) => e.url)).toEqual([
      'https://original.example.com/a',
    ]);
  });

  test('keeps one entry per URL, the latest, and at most its capacity', async () => {
    const memory = makeInMemoryMemory(2);
    await memory.remember(entry('https://a.example.com/x', TEXT));
    await memory.remember(entry('https://a.example.com/x', TEXT));
    expect(memory.state.records.size).toBe(1);
    await memory.remember(entry('https://a.example.com/y', `${TEXT} y`));
    await memory.remember(entry('https://a.example.com/z', `${TEXT} z`));
    expect([...memory.state.records.values()].map((r) => r.url)).toEqual([
      'https://a.example.com/y',
      'https://a.example.com/z',
    ]);
  });
});
