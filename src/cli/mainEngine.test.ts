import { describe, expect, test } from 'vitest';
import { main } from './main.ts';
import { capture, COPY, fx, ORIGINAL } from '../../test/helpers/cliHarness.ts';

describe('provenance check with the real engine', () => {
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
