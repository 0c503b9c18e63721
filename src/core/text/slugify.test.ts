import { describe, expect, test } from 'vitest';
import { lastPathSegment, slugify, slugMatches } from './slugify.ts';

describe('slugify', () => {
  test.each([
    [
      'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước',
      'tiep-tuc-thuc-hien-quy-che-dan-chu-o-co-so-va-dan-van-trong-cac-co-quan-nha-nuoc',
    ],
    ['Đồng bằng sông Cửu Long', 'dong-bang-song-cuu-long'],
    ['West Ham hrozí gigantům. Okouzlil i Linekera', 'west-ham-hrozi-gigantum-okouzlil-i-linekera'],
    [
      'Twitter Lite se estrena en México, Venezuela y otros nueve países',
      'twitter-lite-se-estrena-en-mexico-venezuela-y-otros-nueve-paises',
    ],
    [
      "Where do strained U.S.-Israeli relations go after Netanyahu's victory?",
      'where-do-strained-u-s-israeli-relations-go-after-netanyahus-victory',
    ],
    ['  --Hello--  ', 'hello'],
    [
      'How to Program Your Mind to Stop Buying Crap You Don’t Need',
      'how-to-program-your-mind-to-stop-buying-crap-you-dont-need',
    ],
    ["Le projet de loi massivement approuvé à l'Assemblée", 'le-projet-de-loi-massivement-approuve-a-lassemblee'],
    ['中国青年网', ''],
  ])('%s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('slugMatches', () => {
  test.each([
    ['https://copy.example/tiep-tuc-thuc-hien-quy-che-dan-chu/', 'Tiếp tục thực hiện Quy chế dân chủ', true],
    ['https://copy.example/2017/06/twitter-lite-se-estrena.html', 'Twitter Lite se estrena', true],
    ['https://copy.example/?p=123', 'Twitter Lite se estrena', false],
    // WordPress's "-2" for a second post with the same title still carries the title.
    ['https://copy.example/twitter-lite-se-estrena-2/', 'Twitter Lite se estrena', true],
    ['https://copy.example/lite-se-estrena/', 'Twitter Lite se estrena', false],
    ['https://copy.example/other-article/', 'Twitter Lite se estrena', false],
    ['https://copy.example/how-to-build-a-terrarium/', 'How to Build a Terrarium | eHow', true],
    [
      'https://copy.example/samantha-and-the-great-big-lie/',
      'Samantha and The Great Big Lie - John C. Welch - Medium',
      true,
    ],
    ['https://copy.example/friday-facts-282-0-17-in-sight/', 'Friday Facts #282 - 0.17 in sight | Factorio', true],
    [
      'https://copy.example/lwn-net-weekly-edition-for-march-26-2015/',
      'LWN.net Weekly Edition for March 26, 2015 [LWN.net]',
      true,
    ],
    [
      'https://copy.example/outside-the-web-standalone-webassembly-binaries-using-emscripten/',
      'standalone WebAssembly binaries using Emscripten · V8',
      true,
    ],
    // A two-word part of the title inside a longer slug is not enough.
    ['https://copy.example/best-of-medium-reads/', 'Samantha and The Great Big Lie - Medium', false],
    // One word is no evidence; non-Latin titles slugify to nothing useful.
    ['https://copy.example/news/', 'News', false],
    ['https://copy.example/zhong-guo/', '中国青年网 报道', false],
    ['not a url', 'Twitter Lite se estrena', false],
  ])('%s vs %s', (url, title, expected) => {
    expect(slugMatches(url, title)).toBe(expected);
  });

  test('lastPathSegment decodes and drops the extension', () => {
    expect(lastPathSegment('https://a.example/x/Ti%E1%BA%BFp.html')).toBe('tiếp');
    expect(lastPathSegment('https://a.example/')).toBeNull();
  });
});
