import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { withPacks } from '../data/lang/packSet.ts';
import { packsForPage } from '../signals/packsForPage.ts';
import { findPoster } from './findPoster.ts';

const URL = 'https://tinnhanh-example24h.net/story/';
function run(meta: string, body = '<p>MỸ LINH – TRỌNG TÍN</p>'): string | null {
  const html = `<html><body><article><header><h1>Title</h1><div class="meta">${meta}</div></header><div class="entry-content"><p>Long enough article paragraph to be the main text of this page here.</p>${body}</div></article></body></html>`;
  const page = readPage(parseHTML(html).document as unknown as Document, URL);
  const poster = findPoster(page);
  // As the scan reads it, with the labels of the page's packs only (data/lang/packSet.ts): the same poster.
  expect(withPacks(packsForPage(page), () => findPoster(page))).toBe(poster);
  return poster;
}

test.each([
  [
    'WordPress author archive',
    '<span class="author">by <a href="https://tinnhanh-example24h.net/author/quoc_vu/">quoc_vu</a></span> <span>17 views</span>',
    'quoc_vu',
  ],
  ['rel=author', '<a rel="author" href="/u/77">Minh Thu</a>', 'Minh Thu'],
  ['Posted by text', '<span>Posted by admin on March 3, 2020</span>', 'admin'],
  ['Đăng bởi', '<span>Đăng bởi: webmaster</span>', 'webmaster'],
  ['Autor', '<span>Autor: redakcja</span>', 'redakcja'],
  ['Blogger, name then date', '<span>Posted by newsdesk January 12, 2015</span>', 'newsdesk'],
  // Other themes' and locales' labels (robustness harness).
  ['id Diposting oleh (not "Di" + "posting oleh")', '<span>Diposting oleh webmaster</span>', 'webmaster'],
  ['id Ditulis oleh', '<span>Ditulis oleh redaksi 1059 lượt xem</span>', 'redaksi'],
  ['vi Tác giả', '<span>Tác giả: quoc_vu</span>', 'quoc_vu'],
  ['vi Người viết', '<span>Người viết: editor</span>', 'editor'],
  ['de Verfasst von', '<span>Verfasst von admin</span>', 'admin'],
  ['de Geschrieben von', '<span>Geschrieben von newsdesk</span>', 'newsdesk'],
  ['it Scritto da', '<span>Scritto da webmaster</span>', 'webmaster'],
  ['fr Posté par', '<span>Posté par webmaster</span>', 'webmaster'],
  ['pt Postado por', '<span>Postado por sarahm</span>', 'sarahm'],
  ['ru Написал', '<span>Написал editor</span>', 'editor'],
  ['ar بواسطة', '<span>بواسطة sarahm</span>', 'sarahm'],
  ['zh 作者 run into the name', '<span>作者张三</span>', '张三'],
  // Must not: a word that merely starts like a label.
  ['a word starting with "by"', '<span>Bytes and bits</span>', null],
  ['a word starting with "di"', '<span>Dinner recipes</span>', null],
  ['nothing', '<span>17 views</span>', null],
])('%s', (_name, meta, poster) => {
  expect(run(meta)).toBe(poster);
});

test("a link to another site's author page is not the poster", () => {
  expect(run('<a href="https://www.nytimes.com/by/jane-doe">Jane Doe</a>')).toBeNull();
});

test('a plain-text capture: the "by" line between the title and the text', async () => {
  const { textToDocument } = await import('../text/textToDocument.ts');
  const parse = (html: string) => parseHTML(html).document as unknown as Document;
  const lead =
    'Sáng 7/4, Thường trực Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh An Giang tổ chức Hội nghị tổng kết, đánh giá kết quả việc thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước năm 2022.';
  const doc = textToDocument(
    `Tiếp tục thực hiện Quy chế dân chủ\n\nby quoc_vu\n17 views\n\n${lead}\n\n${lead}`,
    URL,
    parse,
  );
  expect(findPoster(readPage(doc, URL))).toBe('quoc_vu');
});
