import { expect, test } from 'vitest';
import { readDatedCredit } from './readDatedCredit.ts';

// Credit lines written for these tests: an outlet and when its item was posted, as aggregators print them.
test.each([
  ['es, name, weekday, date and time', 'Diario del Valle - Mié, 12/03/2025 - 08:15', 'Diario del Valle'],
  ['ro, host, date in words', 'valeanews.example, 7 martie 2025 09:40', 'valeanews.example'],
  ['en, capitals, time ago', 'HARBOUR DAILY - 12 min ago', 'HARBOUR DAILY'],
  ['cs, host, time ago before', 'vltava.example Před 3 dny', 'vltava.example'],
  ['fr, bullet, il y a', 'Le Petit Lac · il y a 2 jours', 'Le Petit Lac'],
  ['de, vor', 'Nordkurier Ost - vor 5 Stunden', 'Nordkurier Ost'],
  ['de, date in words', 'Elbe Bote, 3. Mai 2024', 'Elbe Bote'],
  ['tr, önce', 'Kıyı Gazetesi - 4 gün önce', 'Kıyı Gazetesi'],
  ['vi, trước', 'Tin Cảng Biển - 3 ngày trước', 'Tin Cảng Biển'],
  ['ru, назад', 'Вечерний Порт, 2 дня назад', 'Вечерний Порт'],
  ['a capture heading it with a hash', '# riverpost.example 10:05', 'riverpost.example'],
])('%s', (_name, line, name) => {
  expect(readDatedCredit(line)).toEqual({ name });
});

test.each([
  ['a sentence with a clock time in it', 'The ferry left the harbour at 10:30 with no passengers'],
  ['a sentence running into the time', 'Talks ended at 10:30'],
  ['a year only', 'World Cup 2026'],
  ['a theme label before the date', 'Posted on 12/03/2024'],
  ['a role before the date', 'Admin - 2 hours ago'],
  ['the date alone', 'April 5, 2018, 3:34 pm'],
  ['a lower-case word first', 'updated 5 min ago'],
  ['a headline with numbers', 'Ten things to know about the 2024 budget: part 2 of 3'],
  ['too long to be a credit', `Some Outlet Name ${'word '.repeat(20)}- 2 hours ago`],
  ['no date at all', 'Harbour Daily'],
])('%s: no credit', (_name, line) => {
  expect(readDatedCredit(line)).toBeNull();
});

test('pathological input: digits, separators and units without end finish fast', () => {
  const started = performance.now();
  for (const line of [
    `${'1 min '.repeat(20_000)}`,
    `${'12:34 '.repeat(20_000)}`,
    `A${' - 1'.repeat(30_000)}`,
    `${'vor '.repeat(20_000)}5 Stunden`,
    // Just under the line cap, so the patterns do run.
    `A${' - 1'.repeat(21)}`,
    `Outlet ${'1:1'.repeat(27)}`,
  ])
    readDatedCredit(line);
  expect(performance.now() - started).toBeLessThan(2000);
});
