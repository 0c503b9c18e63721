import { expect, test } from 'vitest';
import { articleAddress } from './articleAddress.ts';

test.each([
  'https://harbour-post.example/local/ferry-timetable-changes-again',
  'https://www.talbote.example/region/2026/03/11/bruecke',
  'https://kuzey-haber.example/yerel/88123',
  'https://shimbun-minato.example/articles/20260311.html',
  'https://valley-paper.example/news/articleView.html?idxno=6106',
  'https://krishi-bhav.in/?p=2211',
  'https://bao-mien-nui.com.vn/tin-tuc/12345.html',
  'https://sahil-news.example/ar/%D8%B1%D8%B5%D9%8A%D9%81-%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF',
])('an article: %s', (url) => {
  expect(articleAddress(url)).toBe(true);
});

test.each([
  ['a homepage', 'https://harbour-post.example/'],
  ['a section', 'https://harbour-post.example/sport/'],
  ['an index file', 'https://harbour-post.example/index.html'],
  ['a tag page', 'https://harbour-post.example/tag/ferry-timetable-changes'],
  ['a picture', 'https://harbour-post.example/2026/03/ferry-crossing-at-dawn.jpg'],
  ['a document', 'https://council.example/minutes/2026-03-11-meeting-notes.pdf'],
  ['a feed', 'https://harbour-post.example/feed/2026'],
  ['a share endpoint', 'https://harbour-post.example/share/88123'],
  ['a media server', 'https://cdn3.harbour-post.example/2026/03/ferry-timetable-changes'],
  ['a video', 'https://www.youtube.com/watch?v=abc123-ferry-news'],
  ['a network post', 'https://twitter.com/harbourpost/status/1766012345678'],
  ['a paper by its identifier', 'https://doi.org/10.1038/s41586-026-01234-5'],
  ['a feed relay', 'https://ift.tt/2qhdmeU1234'],
])('not an article: %s', (_name, url) => {
  expect(articleAddress(url)).toBe(false);
});
