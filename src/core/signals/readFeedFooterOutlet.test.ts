import { expect, test } from 'vitest';
import { readFeedFooterOutlet } from './readFeedFooterOutlet.ts';

test.each([
  [
    'en',
    'Lake levels drop again.\nThe post Lake levels drop again appeared first on Riverside Chronicle.',
    'Riverside Chronicle',
    'name',
  ],
  [
    'en, host',
    'The post Heatwave warning issued first appeared on valleyherald.example.',
    'valleyherald.example',
    'host',
  ],
  ['de', 'Der Beitrag Neue Brücke eröffnet erschien zuerst auf Nordblick Zeitung.', 'Nordblick Zeitung', 'name'],
  ['fr', 'L’article Le marché reprend est apparu en premier sur Le Courrier du Lac.', 'Le Courrier du Lac', 'name'],
  ['es', 'La entrada Llueve en la sierra se publicó primero en Diario Montaña.', 'Diario Montaña', 'name'],
  ['pt', 'O post Chuva forte no litoral apareceu primeiro em Folha do Vale.', 'Folha do Vale', 'name'],
  ['nl', 'Het bericht Nieuwe burgemeester gekozen verscheen eerst op Polderpost.', 'Polderpost', 'name'],
  ['ru', 'Запись Мост открыт впервые появилась на Вечерний Город.', 'Вечерний Город', 'name'],
  ['id', 'Pos Harga cabai naik muncul pertama kali di Kabar Pagi.', 'Kabar Pagi', 'name'],
  [
    'a credit after a bar',
    'The post Storm hits coast appeared first on Bay Daily | Theme by Someone.',
    'Bay Daily',
    'name',
  ],
  [
    'ja, verb-final: the last word before the phrase',
    '投稿 新しい駅が開業 は 港町タイムズ に最初に表示されました。',
    '港町タイムズ',
    'name',
  ],
])('%s', (_name, text, value, type) => {
  const found = readFeedFooterOutlet(text);
  expect(found?.claim).toEqual({ value, type, via: 'feed-footer' });
});

test.each([
  ['no footer', 'They were the first ones to cross the river, said the guide.'],
  ['the phrase with nothing readable after it', 'The post appeared first on …'],
  ['an outlet too long to be a name', `The post X appeared first on ${'many words here '.repeat(6)}`],
  ['no letters', 'The post X appeared first on 2024.'],
])('%s: nothing', (_name, text) => {
  expect(readFeedFooterOutlet(text)).toBeNull();
});

test('pathological input: long lines and many of them finish fast', () => {
  const line = `${'appeared first on '.repeat(30)}${'a'.repeat(50_000)}`;
  const text = Array.from({ length: 500 }, () => line).join('\n');
  const started = performance.now();
  readFeedFooterOutlet(text);
  readFeedFooterOutlet(`The post x appeared first on ${'.'.repeat(100_000)}`);
  expect(performance.now() - started).toBeLessThan(2000);
});
