/**
 * Labels that put the poster's name on a copy's meta line ("by quoc_vu", "Posted by admin", "Đăng bởi …",
 * "Autor: …"): WordPress themes' "Posted by %s" / "by %s" and their locale files, Blogger's "Posted by", and the
 * "Author:" label news themes print, in the languages copy sites are made in. Matched at the start of a short line,
 * case-insensitively, longest first.
 */
export const POSTER_LABELS: readonly string[] = [
  // en
  'posted by', 'written by', 'published by', 'submitted by', 'by',
  // vi
  'đăng bởi', 'người đăng', 'bởi', 'viết bởi', 'đăng bài', 'tác giả', 'người viết',
  // fr, es, pt
  'publié par', 'posté par', 'écrit par', 'par', 'publicado por', 'escrito por', 'postado por', 'por',
  // de, it, nl
  'veröffentlicht von', 'geschrieben von', 'verfasst von', 'von', 'autor', 'autore', 'auteur', 'author', 'pubblicato da', 'scritto da', 'di',
  'geplaatst door', 'geschreven door', 'door',
  // pl, cs, tr
  'opublikowane przez', 'napisane przez', 'dodane przez', 'autor wpisu', 'napsal', 'yazar', 'yazan', 'gönderen',
  // id, ms
  'oleh', 'diposting oleh', 'ditulis oleh', 'dikirim oleh', 'penulis',
  // ru, ar
  'автор', 'опубликовал', 'написал', 'опубликовано', 'بواسطة', 'الكاتب',
  // zh, ja, ko, th, hi
  '作者', '发布者', '發佈者', '投稿者', '作成者', '글쓴이', '작성자', 'โดย', 'द्वारा',
];
