/**
 * What the CLI's tests run `main` with: a stand-in for the engine (stubCheck), captured output and injected
 * dependencies (capture), and the offline web of test/fixtures/cli with its copy and its original.
 */
import path from 'node:path';
import type { CheckFn } from '../../src/cli/main.ts';
import { errorReport } from '../../src/cli/errorReport.ts';
import type { Ports } from '../../src/core/ports.ts';
import type { CheckResult, Report } from '../../src/core/report.ts';

/** One call of the stand-in engine: the URL, its history and the ports it was given. */
export interface CheckCall {
  url: string;
  history: string[];
  ports: Ports;
}

const FIX = path.resolve(import.meta.dirname, '../fixtures/cli');
export const fx = (name: string): string => path.join(FIX, name);
export const COPY = 'https://copy-site.example.net/ban-tin-mua-lua/';
export const ORIGINAL = 'https://news.example.org/ban-tin-mua-lua-a1234.html';

/** A stand-in for core's checkUrl: fetches through the ports and calls a page a copy when it names a source. */
export function stubCheck(calls: CheckCall[] = []): CheckFn {
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

export function capture(isTTY = false) {
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
