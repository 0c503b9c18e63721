/**
 * URL path segments that introduce an author's page ("/author/<slug>", "/autor/<slug>", "/penulis/<slug>"), in the
 * languages of the packs: on a site that republishes a partner, the partner's stories are filed under an author page
 * named after it ("/author/<partner-outlet>", "/autor/<agency-name>"). Lower case, compared whole.
 */
export const AUTHOR_PATH_SEGMENTS: ReadonlySet<string> = new Set([
  'author',
  'authors',
  'autor',
  'autores',
  'autorzy',
  'autore',
  'autori',
  'auteur',
  'auteurs',
  'autoren',
  'forfatter',
  'forfattare',
  'skribent',
  'penulis',
  'tac-gia',
  'yazar',
  'yazarlar',
  'avtor',
  'writer',
  'writers',
  'columnist',
  'contributor',
  'contributors',
  'byline',
  'profile',
]);

/**
 * Words saying a name is an organisation that publishes news, as it describes itself on its partners' author pages
 * ("<outlet> is a nonprofit news organization", "<agency>, an independent global news organisation"). Lower case;
 * read right after the name, before its first "at / of / for" (a person's page says "a reporter at <outlet>").
 */
export const NEWS_ORGANISATION_WORDS: readonly string[] = [
  'news organization',
  'news organisation',
  'news agency',
  'news service',
  'wire service',
  'nonprofit',
  'non-profit',
  'not-for-profit',
  'publication',
  'newspaper',
  'publisher',
  'media company',
  'media organization',
  'media organisation',
  'organización',
  'agencia de noticias',
  'agência de notícias',
  'organização',
  'agence de presse',
  'organisation de presse',
  'nachrichtenagentur',
  'medienunternehmen',
  'kantor berita',
];
