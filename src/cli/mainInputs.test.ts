import { describe, expect, test } from 'vitest';
import type { Ports } from '../core/ports.ts';
import { errorReport } from './errorReport.ts';
import { main, type CheckFn } from './main.ts';
import { type CheckCall, capture, COPY, fx, ORIGINAL, stubCheck } from '../../test/helpers/cliHarness.ts';

// Arguments, --cases, --urls, local files; an offline web or the network.
describe('provenance check: where the pages come from', () => {
  test('--cases checks every case with its own history and a fresh memory, in case order', async () => {
    const io = capture();
    const calls: CheckCall[] = [];
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

  test('a local file is checked as served from --url, through the same fetcher', async () => {
    const io = capture();
    const calls: CheckCall[] = [];
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

  test('offline checks get a publisher directory built from the homepages of the offline web', async () => {
    const io = capture();
    const calls: CheckCall[] = [];
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
});
