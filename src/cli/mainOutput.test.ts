import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../core/report.ts';
import { main, type CheckFn } from './main.ts';
import { capture, COPY, fx, ORIGINAL, stubCheck } from '../../test/helpers/cliHarness.ts';

describe('provenance check: what it prints', () => {
  test('--json prints one report per line in argument order', async () => {
    const io = capture();
    const code = await main(['check', '--offline', fx('web.json'), '--json', COPY, ORIGINAL], {
      ...io.deps,
      check: stubCheck(),
    });
    expect(code).toBe(0);
    const reports = io.lines();
    expect(reports.map((r) => [r.url, r.verdict])).toEqual([
      [COPY, 'copy'],
      [ORIGINAL, 'clean'],
    ]);
    expect(reports[0]).toMatchObject({
      original: null,
      claimedSource: ORIGINAL,
      credits: { authors: ['Mỹ Linh'] },
      signals: [{ kind: 'source-line' }],
    });
  });

  test('--out writes the reports to a file and nothing to stdout', async () => {
    const io = capture();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-cli-'));
    const out = path.join(dir, 'reports.jsonl');
    expect(
      await main(['check', '--offline', fx('web.json'), '--json', '--out', out, COPY], {
        ...io.deps,
        check: stubCheck(),
      }),
    ).toBe(0);
    expect(io.stdout()).toBe('');
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Report).verdict)).toEqual(['copy']);
  });

  test('the summary shows verdict, trust, credits and evidence without control characters', async () => {
    const io = capture();
    expect(await main(['check', '--offline', fx('web.json'), COPY], { ...io.deps, check: stubCheck() })).toBe(0);
    const text = io.stdout();
    expect(text).toContain(`${COPY}\n  verdict:   COPY`);
    expect(text).toMatch(/trust: +verified/);
    expect(text).toMatch(/authors: +Mỹ Linh/);
    expect(text).toMatch(/poster: +quoc_vu/);
    expect(text).toContain('- source-line: "Nguồn thông tin : https://news.example.org/…');
    expect(text).not.toContain('\u001b');
  });

  test('progress goes to stderr only when it is a terminal', async () => {
    const tty = capture(true);
    await main(['check', '--offline', fx('web.json'), '--json', COPY, ORIGINAL], { ...tty.deps, check: stubCheck() });
    expect(tty.stderr()).toContain('[2/2]');
    const pipe = capture(false);
    await main(['check', '--offline', fx('web.json'), '--json', COPY, ORIGINAL], { ...pipe.deps, check: stubCheck() });
    expect(pipe.stderr()).toBe('');
  });

  test('output order does not depend on which check finishes first', async () => {
    const io = capture();
    const inner = stubCheck();
    const check: CheckFn = async (url, ports, options) => {
      await new Promise((r) => setTimeout(r, url === COPY ? 40 : 1));
      return inner(url, ports, options);
    };
    await main(
      [
        'check',
        '--offline',
        fx('web.json'),
        '--json',
        '--concurrency',
        '4',
        COPY,
        ORIGINAL,
        'https://news.example.org/',
      ],
      { ...io.deps, check },
    );
    expect(io.lines().map((r) => r.url)).toEqual([COPY, ORIGINAL, 'https://news.example.org/']);
  });
});
