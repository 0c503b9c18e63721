import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FetchError, type Ports } from '../core/ports.ts';
import type { CheckResult, Report } from '../core/report.ts';
import { errorReport } from './errorReport.ts';
import { main, type CheckFn } from './main.ts';
import { sketch } from '../core/text/sketch.ts';
import { article, paraphrase } from '../../bench/memory/syntheticArticles.ts';

const FIX = path.resolve(import.meta.dirname, '../../test/fixtures/cli');
const fx = (name: string): string => path.join(FIX, name);
const COPY = 'https://copy-site.example.net/ban-tin-mua-lua/';
const ORIGINAL = 'https://news.example.org/ban-tin-mua-lua-a1234.html';

/** A stand-in for core's checkUrl: fetches through the ports and calls a page a copy when it names a source. */
function stubCheck(calls: { url: string; history: string[]; ports: Ports }[] = []): CheckFn {
  return async (url, ports, options) => {
    calls.push({ url, history: options.history ?? [], ports });
    const res = await ports.fetch(url);
    const doc = ports.parseHtml(res.text, res.url);
    const copy = /Nguồn thông tin/.test(res.text);
    const report: Report = {
      ...errorReport(url, new Error('unused'), 0),
      verdict: copy ? 'copy' : 'clean',
      trust: copy ? 'verified' : 'none',
      reasons: [],
      errors: [],
      page: {
        url: res.url,
        title: doc.title || null,
        publisher: null,
        published: null,
        lang: null,
        words: 0,
        textHash: null,
      },
      claimedSource: copy ? ORIGINAL : null,
      signals: copy
        ? [{ kind: 'source-line', quote: 'Nguồn thông tin : https://news.example.org/…\u001b[31m', strength: 0.8 }]
        : [],
      credits: { authors: copy ? ['Mỹ Linh'] : [], photographers: [], agency: null, poster: copy ? 'quoc_vu' : null },
    };
    return { report, comparison: null } satisfies CheckResult;
  };
}

function capture(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    deps: {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s), isTTY },
      now: () => 0,
      directoryFromSites: async (origins: string[]) => ({ lookup: async () => origins }),
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    lines: () =>
      out
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Report),
  };
}

describe('provenance check', () => {
  test('--help prints the usage and exits 0', async () => {
    const io = capture();
    expect(await main(['--help'], io.deps)).toBe(0);
    expect(io.stdout()).toMatch(/^Usage: provenance check/);
  });

  test.each([[['check']], [['check', 'x', '--bogus']], [['check', 'https://a.example.com/', '--concurrency', '0']]])(
    'usage errors exit 2: %j',
    async (argv) => {
      const io = capture();
      expect(await main(argv, { ...io.deps, check: stubCheck() })).toBe(2);
      expect(io.stderr()).toMatch(/^provenance: .+\nTry: provenance --help/);
      expect(io.stdout()).toBe('');
    },
  );

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

  test('--cases checks every case with its own history and a fresh memory, in case order', async () => {
    const io = capture();
    const calls: { url: string; history: string[]; ports: Ports }[] = [];
    const code = await main(
      ['check', '--offline', fx('web.json'), '--json', '--cases', fx('cases.jsonl'), '--concurrency', '3'],
      { ...io.deps, check: stubCheck(calls) },
    );
    expect(code).toBe(0);
    expect(io.lines().map((r) => r.url)).toEqual([COPY, ORIGINAL, 'http://capture.example.info/archive?id=7#top']);
    const byUrl = new Map(calls.map((c) => [c.url, c]));
    expect(byUrl.get(ORIGINAL)?.history).toEqual(['https://news.example.org/']);
    expect(byUrl.get(COPY)?.history).toEqual([]);
    const memories = new Set(calls.map((c) => c.ports.memory));
    expect(memories.size).toBe(3);
  });

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

  test('a malformed cases line exits 2 with its line number, before any check', async () => {
    const io = capture();
    const calls: { url: string; history: string[]; ports: Ports }[] = [];
    expect(
      await main(['check', '--offline', fx('web.json'), '--json', '--cases', fx('cases-malformed.jsonl')], {
        ...io.deps,
        check: stubCheck(calls),
      }),
    ).toBe(2);
    expect(io.stderr()).toContain('cases-malformed.jsonl:2: not valid JSON');
    expect(calls).toHaveLength(0);
  });

  test('a URL missing from the offline web exits 2 and names it', async () => {
    const io = capture();
    expect(
      await main(['check', '--offline', fx('web.json'), '--cases', fx('cases-unknown-url.jsonl')], {
        ...io.deps,
        check: stubCheck(),
      }),
    ).toBe(2);
    expect(io.stderr()).toContain(
      'cases-unknown-url.jsonl:2: https://not-in-the-web.example.com/page is not in the offline web',
    );
  });

  test('an unknown history URL in offline mode exits 2', async () => {
    const io = capture();
    expect(
      await main(['check', '--offline', fx('web.json'), COPY, '--history', 'https://elsewhere.example.com/a'], {
        ...io.deps,
        check: stubCheck(),
      }),
    ).toBe(2);
    expect(io.stderr()).toContain('history URL https://elsewhere.example.com/a is not in the offline web');
  });

  test.each([
    [['check', fx('missing.html')], /cannot read .*missing\.html: ENOENT/],
    [['check', fx('web.json')], /must be \.html, \.htm, \.xhtml or \.txt/],
    [['check', 'ftp://example.com/a'], /only http\(s\) URLs and local files/],
    [['check', '--offline', fx('nope.json'), COPY], /cannot read the offline web/],
    [['check', '--urls', fx('nope.txt')], /cannot read the URL list/],
    [['check', '--cases', fx('nope.jsonl')], /cannot read the cases file/],
    [['check', fx('local-copy.html'), fx('local-capture.txt'), '--url', 'https://a.example.com/'], /exactly one file/],
  ])('bad input exits 2: %j', async (argv, message) => {
    const io = capture();
    expect(await main(argv, { ...io.deps, check: stubCheck() })).toBe(2);
    expect(io.stderr()).toMatch(message);
  });

  test('one failing page does not stop the batch: exit 1 and an error report in its place', async () => {
    const io = capture();
    const inner = stubCheck();
    const check: CheckFn = async (url, ports, options) => {
      if (url === ORIGINAL) throw new FetchError('http', 'HTTP 404', url, 404);
      if (url === 'https://news.example.org/') throw new Error('boom');
      return inner(url, ports, options);
    };
    expect(
      await main(['check', '--offline', fx('web.json'), '--json', ORIGINAL, COPY, 'https://news.example.org/'], {
        ...io.deps,
        check,
      }),
    ).toBe(1);
    const [a, b, c] = io.lines();
    expect(a).toMatchObject({
      url: ORIGINAL,
      verdict: 'unchecked',
      trust: 'none',
      errors: [{ code: 'fetch-failed', message: 'HTTP 404' }],
    });
    expect(b).toMatchObject({ url: COPY, verdict: 'copy', errors: [] });
    expect(c).toMatchObject({ errors: [{ code: 'internal', message: 'boom' }] });
    expect(io.stderr()).toContain('2 of 3 page(s) could not be checked');
  });

  test('a check that hangs is stopped at its budget (--timeout) with a too-slow error', async () => {
    const io = capture();
    let aborted = false;
    const check: CheckFn = (_url, _ports, options) =>
      new Promise(() => {
        options.signal?.addEventListener('abort', () => (aborted = true));
      });
    expect(
      await main(['check', '--offline', fx('web.json'), '--json', '--timeout', '1', COPY], { ...io.deps, check }),
    ).toBe(1);
    expect(io.lines()[0]).toMatchObject({
      verdict: 'unchecked',
      errors: [{ code: 'too-slow', message: expect.stringContaining('1 s budget') }],
    });
    expect(aborted).toBe(true);
  });

  test('--urls reads a list, skipping comments and blank lines', async () => {
    const io = capture();
    expect(
      await main(['check', '--offline', fx('web.json'), '--json', '--urls', fx('urls.txt')], {
        ...io.deps,
        check: stubCheck(),
      }),
    ).toBe(0);
    expect(io.lines().map((r) => r.url)).toEqual(['https://news.example.org/', COPY]);
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

  test('a local file is checked as served from --url, through the same fetcher', async () => {
    const io = capture();
    const calls: { url: string; history: string[]; ports: Ports }[] = [];
    expect(
      await main(
        [
          'check',
          '--offline',
          fx('web.json'),
          '--json',
          fx('local-copy.html'),
          '--url',
          'https://mirror.example.com/copy',
        ],
        { ...io.deps, check: stubCheck(calls) },
      ),
    ).toBe(0);
    expect(io.lines()[0]).toMatchObject({ url: 'https://mirror.example.com/copy', verdict: 'copy' });
    // The rest of the offline web stays reachable from that check.
    expect((await calls[0]?.ports.fetch(ORIGINAL))?.status).toBe(200);
  });

  test('a local .txt file is served as text/plain at a file: URL', async () => {
    const io = capture();
    let contentType = '';
    const check: CheckFn = async (url, ports) => {
      contentType = (await ports.fetch(url)).contentType;
      return { report: { ...errorReport(url, new Error('x'), 0), errors: [] }, comparison: null };
    };
    expect(await main(['check', '--json', fx('local-capture.txt')], { ...io.deps, check })).toBe(0);
    expect(contentType).toBe('text/plain');
    expect(io.lines()[0]?.url).toMatch(/^file:\/\/.*local-capture\.txt$/);
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

  test('offline checks get a publisher directory built from the homepages of the offline web', async () => {
    const io = capture();
    const calls: { url: string; history: string[]; ports: Ports }[] = [];
    let built: string[] = [];
    const directoryFromSites = async (origins: string[], ports: Ports) => {
      built = origins;
      expect((await ports.fetch('https://news.example.org/')).status).toBe(200);
      return { lookup: async (name: string) => (name === 'Báo Ví Dụ' ? origins : []) };
    };
    expect(
      await main(['check', '--offline', fx('web.json'), '--json', COPY, ORIGINAL], {
        ...io.deps,
        directoryFromSites,
        check: stubCheck(calls),
      }),
    ).toBe(0);
    expect(built).toEqual(['https://news.example.org']);
    expect(await calls[0]?.ports.directory?.lookup('Báo Ví Dụ')).toEqual(['https://news.example.org']);
    expect(calls[0]?.ports.directory).toBe(calls[1]?.ports.directory);
  });

  test('online mode goes through the given fetcher', async () => {
    const io = capture();
    const fetch = async (url: string) => ({
      url,
      status: 200,
      contentType: 'text/html',
      text: '<title>x</title><p>Nguồn thông tin : …</p>',
    });
    expect(
      await main(['check', '--json', 'https://news.example.com/a'], { ...io.deps, check: stubCheck(), fetch }),
    ).toBe(0);
    expect(io.lines()[0]?.verdict).toBe('copy');
  });

  test('without stand-ins each page is checked by the real engine in a worker thread, as on this thread', async () => {
    // A generous budget: on a loaded machine the 5 s default could stop a page and make the two runs differ.
    const argv = ['check', '--offline', fx('web.json'), '--json', '--timeout', '60', COPY, ORIGINAL];
    const strip = ({ directoryFromSites: _dropped, ...deps }: ReturnType<typeof capture>['deps']) => deps;
    const inWorkers = capture();
    expect(await main(argv, strip(inWorkers.deps))).toBe(0);
    const here = capture();
    expect(await main(argv, { ...strip(here.deps), check: (await import('../core/check.ts')).checkUrl })).toBe(0);
    const verdicts = (io: ReturnType<typeof capture>) => io.lines().map((r) => [r.url, r.verdict, r.claimedSource]);
    expect(verdicts(inWorkers)).toEqual(verdicts(here));
    expect(verdicts(inWorkers).map(([url]) => url)).toEqual([COPY, ORIGINAL]);
  }, 60_000);
});
