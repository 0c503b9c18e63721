import { describe, expect, test } from 'vitest';
import { FetchError } from '../core/ports.ts';
import { main, type CheckFn } from './main.ts';
import { type CheckCall, capture, COPY, fx, ORIGINAL, stubCheck } from '../../test/helpers/cliHarness.ts';

// 0 for help, 2 for usage and bad input (before any check), 1 when a page could not be checked.
describe('provenance check: exit codes', () => {
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

  test('a malformed cases line exits 2 with its line number, before any check', async () => {
    const io = capture();
    const calls: CheckCall[] = [];
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
});
