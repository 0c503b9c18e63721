import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, type CheckFn } from './main.ts';
import { sketch } from '../core/text/sketch.ts';
import { article, paraphrase } from '../../bench/memory/syntheticArticles.ts';
import { capture, COPY, fx, ORIGINAL, stubCheck } from '../../test/helpers/cliHarness.ts';

describe('provenance check --memory', () => {
  test('--memory keeps the pages checked in a file between runs: a later run recalls them', async () => {
    const io = capture();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-cli-memory-'));
    const file = path.join(dir, 'memory.jsonl');
    const text = article(3).paragraphs.join('\n\n');
    const found: string[][] = [];
    /** Remembers the page under its URL, and says what the memory recalls for a paraphrase of the text. */
    const rememberingCheck: CheckFn = async (url, ports, options) => {
      found.push((await ports.memory?.recall(sketch(paraphrase(article(3), 1)), 5))?.map((e) => e.url) ?? []);
      await ports.memory?.remember({ url, title: 'T', visitedAt: 1, sketch: sketch(text) });
      return stubCheck()(url, ports, options);
    };
    const args = ['check', '--offline', fx('web.json'), '--json', '--memory', file];
    expect(await main([...args, ORIGINAL], { ...io.deps, check: rememberingCheck })).toBe(0);
    const saved = (await readFile(file, 'utf8')).trim().split('\n');
    expect(JSON.parse(saved[0] ?? '')).toEqual({ format: 'provenance-memory', version: 3 });
    expect(saved.map((l) => (JSON.parse(l) as { url?: string }).url)).toEqual([undefined, ORIGINAL]);
    expect(await main([...args, COPY], { ...io.deps, check: rememberingCheck })).toBe(0);
    expect(found).toEqual([[], [ORIGINAL]]);
    expect((await readFile(file, 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  test('--memory skips and counts unreadable lines of the file', async () => {
    const io = capture();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-cli-memory-'));
    const file = path.join(dir, 'memory.jsonl');
    await writeFile(file, '{"format":"provenance-memory","version":2}\nnot json\n{"url":"javascript:x"}\n');
    const args = ['check', '--offline', fx('web.json'), '--json', '--memory', file, ORIGINAL];
    expect(await main(args, { ...io.deps, check: stubCheck() })).toBe(0);
    expect(io.stderr()).toContain('2 unreadable line(s)');
  });
});
