import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCliArgs } from './args.ts';
import { collectJobs, readCases } from './collectJobs.ts';

async function casesFile(text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'provenance-cases-')), 'cases.jsonl');
  await writeFile(file, text);
  return file;
}

describe('readCases', () => {
  test('reads url and history of each case in order, skipping blank lines', async () => {
    const file = await casesFile(
      '{"id":"a","url":"https://a.example.com/1"}\n\n{"url":"https://a.example.com/2","history":["https://b.example.com/x"],"expect":{}}\r\n',
    );
    expect(await readCases(file)).toEqual([
      { url: 'https://a.example.com/1', history: [], origin: `${file}:1` },
      { url: 'https://a.example.com/2', history: ['https://b.example.com/x'], origin: `${file}:3` },
    ]);
  });

  test.each([
    ['{"url":"https://a.example.com/1"}\n{"url":', ':2: not valid JSON'],
    ['{"url":"https://a.example.com/1"}\n{"id":"no-url"}', ':2: a case needs an http(s) "url"'],
    ['{"url":"javascript:alert(1)"}', ':1: a case needs an http(s) "url"'],
    ['null', ':1: a case needs'],
    ['[1,2]', ':1: a case needs'],
    ['{"url":"https://a.example.com/1","history":"https://b.example.com/"}', ':1: "history" must be a list'],
    ['{"url":"https://a.example.com/1","history":[42]}', ':1: "history" must be a list'],
    ['\n\n', 'no cases'],
  ])('%j fails with "%s"', async (text, message) => {
    await expect(readCases(await casesFile(text))).rejects.toThrow(message);
  });
});

describe('collectJobs', () => {
  test('URLs, then the URL list, then the cases; --history applies to the URLs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-jobs-'));
    await writeFile(path.join(dir, 'urls.txt'), '# list\nhttps://l.example.com/1\n');
    await writeFile(
      path.join(dir, 'cases.jsonl'),
      '{"url":"https://c.example.com/1","history":["https://h.example.com/"]}\n',
    );
    const jobs = await collectJobs(
      parseCliArgs([
        'check',
        'https://a.example.com/',
        '--urls',
        path.join(dir, 'urls.txt'),
        '--cases',
        path.join(dir, 'cases.jsonl'),
        '--history',
        'https://prev.example.com/',
      ]),
    );
    expect(jobs.map((j) => [j.url, j.history])).toEqual([
      ['https://a.example.com/', ['https://prev.example.com/']],
      ['https://l.example.com/1', ['https://prev.example.com/']],
      ['https://c.example.com/1', ['https://h.example.com/']],
    ]);
  });

  test('a bad line of the URL list names its line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-jobs-'));
    await writeFile(path.join(dir, 'urls.txt'), 'https://l.example.com/1\nwww.example.com/no-scheme\n');
    await expect(collectJobs(parseCliArgs(['check', '--urls', path.join(dir, 'urls.txt')]))).rejects.toThrow(
      'urls.txt:2: not an http(s) URL',
    );
  });
});
