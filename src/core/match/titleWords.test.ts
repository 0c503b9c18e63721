import { describe, expect, test } from 'vitest';
import { slugSimilarity, titleWords, urlWords, wordSimilarity } from './titleWords.ts';

describe('titleWords', () => {
  test.each([
    [
      'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở',
      ['tiep', 'tuc', 'thuc', 'hien', 'quy', 'che', 'dan', 'chu', 'o', 'co', 'so'],
    ],
    [
      "Seven secrets that hotel owners don't want you to know",
      ['seven', 'secrets', 'that', 'hotel', 'owners', 'dont', 'want', 'you', 'to', 'know'],
    ],
    ['West Ham hrozí gigantům. Součkovu práci…', ['west', 'ham', 'hrozi', 'gigantum', 'souckovu', 'praci']],
    ['Đà Nẵng – Straße', ['da', 'nang', 'strasse']],
    ['Friday Facts #282', ['friday', 'facts', '282']],
    ['新华社北京', ['新华', '华社', '社北', '北京']],
  ])('%s', (text, words) => {
    expect(titleWords(text)).toEqual(words);
  });
});

describe('urlWords', () => {
  test.each([
    ['https://baoangiang.com.vn/tiep-tuc-thuc-hien-a359678.html', ['tiep', 'tuc', 'thuc', 'hien']],
    [
      'https://www.independent.co.uk/news/business/seven-secrets-10506160.html',
      ['news', 'business', 'seven', 'secrets'],
    ],
    [
      'https://medium.com/@johncwelch/samantha-and-the-great-big-lie-d146a92473a1',
      ['johncwelch', 'samantha', 'and', 'the', 'great', 'big', 'lie'],
    ],
    ['https://www.factorio.com/blog/post/fff-282', ['blog', 'post', 'fff', '282']],
    ['https://x.example/%C4%91%C3%A0-n%E1%BA%B5ng', ['da', 'nang']],
    ['not a url', []],
  ])('%s', (url, words) => {
    expect(urlWords(url)).toEqual(words);
  });
});

const sim = (a: string, b: string) => wordSimilarity(titleWords(a), titleWords(b));
const slug = (title: string, url: string) => slugSimilarity(titleWords(title), urlWords(url));

describe('wordSimilarity', () => {
  test.each([
    ['identical', 'Tiếp tục thực hiện Quy chế dân chủ', 'TIẾP TỤC THỰC HIỆN QUY CHẾ DÂN CHỦ!'],
    [
      'site name appended',
      'Seven secrets that hotel owners don’t want you to know',
      "Seven secrets that hotel owners don't want you to know – Tin Nhanh 24h",
    ],
    [
      'diacritics dropped by the copy',
      'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở',
      'Tiep tuc thuc hien Quy che dan chu o co so',
    ],
    [
      'a word edited and inflection changed',
      'West Ham hrozí gigantům, okouzlil i Linekera. Součkovu práci je snadné přehlédnout',
      'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
    ],
  ])('matches: %s', (_n, a, b) => {
    expect(sim(a, b)).toBeGreaterThanOrEqual(0.75);
  });

  test.each([
    [
      'another article of the same site',
      'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở',
      'Thoại Sơn đẩy mạnh chuyển đổi số trong cải cách hành chính',
    ],
    [
      'same topic, other story',
      'Heavy rain expected across the region this weekend',
      "Seven secrets that hotel owners don't want you to know",
    ],
    ['one shared word', 'Zuckerberg offers peek at acquisition strategies', 'Zuckerberg testifies before Congress'],
    ['empty', '', 'Anything'],
  ])('does not match: %s', (_n, a, b) => {
    expect(sim(a, b)).toBeLessThan(0.5);
  });
});

describe('slugSimilarity', () => {
  test.each([
    [
      "Seven secrets that hotel owners don't want you to know",
      'https://www.independent.co.uk/news/business/news/seven-secrets-that-hotel-owners-dont-want-you-to-know-10506160.html',
    ],
    [
      'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước',
      'https://baoangiang.com.vn/tiep-tuc-thuc-hien-quy-che-dan-chu-o-co-so-va-dan-van-trong-cac-co-quan-nha-nuoc-a359678.html',
    ],
    [
      'West Ham hrozí gigantům, okouzlil i Linekera. Součkovu práci je snadné přehlédnout',
      'https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/',
    ],
  ])('matches: %s', (title, url) => {
    expect(slug(title, url)).toBeGreaterThanOrEqual(0.7);
  });

  test.each([
    [
      "Seven secrets that hotel owners don't want you to know",
      'https://www.independent.co.uk/news/business/news/heavy-rain-expected-across-millbrook-this-weekend-69098389.html',
    ],
    ['Friday Facts #282 – 0.17 in sight', 'https://www.factorio.com/blog/post/fff-281'],
    ['Anything at all', 'https://a.example/'],
  ])('does not match: %s', (title, url) => {
    expect(slug(title, url)).toBeLessThan(0.5);
  });
});
