import { describe, expect, test } from 'vitest';
import { parseCliArgs } from './args.ts';
import { UsageError } from './usageError.ts';

describe('parseCliArgs', () => {
  test.each<[string[], Record<string, unknown>]>([
    [
      ['check', 'https://a.example.com/x'],
      { command: 'check', targets: ['https://a.example.com/x'], json: false, concurrency: 4, offline: null },
    ],
    [
      ['check', 'https://a.example.com/x', 'page.html', '--json'],
      { targets: ['https://a.example.com/x', 'page.html'], json: true },
    ],
    [
      ['check', '--offline', 'web.json', '--cases', 'cases.jsonl', '--json'],
      { offline: 'web.json', cases: 'cases.jsonl', targets: [], json: true },
    ],
    [['check', '--urls', 'list.txt'], { urls: 'list.txt', targets: [] }],
    [
      [
        'check',
        'https://a.example.com/x',
        '--history',
        'https://b.example.com/1',
        '--history',
        'https://b.example.com/2',
      ],
      { history: ['https://b.example.com/1', 'https://b.example.com/2'] },
    ],
    [
      ['check', 'copy.html', '--url', 'https://a.example.com/x'],
      { url: 'https://a.example.com/x', targets: ['copy.html'] },
    ],
    [
      ['check', 'https://a.example.com/x', '--out', 'r.jsonl', '--concurrency', '8'],
      { out: 'r.jsonl', concurrency: 8 },
    ],
    [['check', 'https://a.example.com/x', '--concurrency=1'], { concurrency: 1 }],
    [['check', 'https://a.example.com/x', '--timeout', '30'], { timeoutMs: 30_000 }],
    // The page budget of issue 7: every page answered within 5 s unless the user asks for longer.
    [['check', 'https://a.example.com/x'], { timeoutMs: 5000 }],
    [['check', 'https://a.example.com/x', '--allow-private'], { allowPrivate: true }],
    [['--help'], { command: 'help' }],
    [['-h'], { command: 'help' }],
    [['check', '--help'], { command: 'help' }],
    [['help'], { command: 'help' }],
    [[], { command: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  test.each<[string[], RegExp]>([
    [['check'], /nothing to check/],
    [['chek', 'https://a.example.com/x'], /unknown command "chek"/],
    [['check', 'https://a.example.com/x', '--jsn'], /--jsn/],
    [['check', 'https://a.example.com/x', '--concurrency', '0'], /--concurrency needs a whole number from 1 to 32/],
    [['check', 'https://a.example.com/x', '--concurrency', 'many'], /--concurrency/],
    [['check', 'https://a.example.com/x', '--concurrency', '1.5'], /--concurrency/],
    [['check', 'https://a.example.com/x', '--concurrency', '99'], /--concurrency/],
    [['check', 'https://a.example.com/x', '--timeout', '-1'], /--timeout|argument/],
    [['check', 'https://a.example.com/x', '--offline'], /--offline/],
    [['check', 'https://a.example.com/x', '--history', 'javascript:alert(1)'], /--history needs an http\(s\) URL/],
    [['check', 'copy.html', '--url', 'not a url'], /--url needs an http\(s\) URL/],
    [['check', 'https://a.example.com/x', '--json=yes'], /--json/],
  ])('%j is a usage error (%s)', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
