/**
 * Words that introduce or follow a name in a byline and are not part of it. Families: "By"-words per language
 * (the corpus README lists By/Par/Por/Von/Di; the others are their equivalents in the languages news sites use),
 * role labels that news sites put before names ("Text:", "Bài:", "Autor:"), and role suffixes that Korean, Japanese
 * and Chinese bylines put after them ("홍길동 기자", "山田太郎記者").
 */
export const BYLINE_PREFIXES: readonly string[] = [
  'written by',
  'posted by',
  'reported by',
  'published by',
  'words by',
  'text by',
  'story by',
  'reporting by',
  'by',
  'par',
  'por',
  'von',
  'di',
  'door',
  'bởi',
  'oleh',
  'av',
  'af',
  'od',
  // Role words that Chinese, Japanese and Korean bylines put before a name without a colon ("记者 王小明").
  '记者',
  '記者',
  '기자',
];
// Labels followed by a colon ("Text:", "Bài và ảnh:", "Autor:") are removed by a general rule in splitNames.

/** Suffixes after the name: "홍길동 기자", "山田太郎記者", "王小明 报道". */
export const BYLINE_SUFFIXES: readonly string[] = [
  'tarafından',
  '기자',
  '특파원',
  '記者',
  '记者',
  '特派员',
  '特派員',
  '报道',
  '報道',
  '撰文',
];

/** Academic and professional credentials written after names ("Brenda Goodman, MA"): dropped, never a name. */
export const CREDENTIALS: readonly string[] = [
  'ma',
  'ms',
  'msc',
  'mfa',
  'mba',
  'mph',
  'msn',
  'phd',
  'ph.d',
  'ph.d.',
  'md',
  'm.d.',
  'do',
  'rn',
  'np',
  'pa-c',
  'rd',
  'ld',
  'rdn',
  'lcsw',
  'bsc',
  'ba',
  'bs',
  'jd',
  'j.d.',
  'esq',
  'esq.',
  'cpa',
  'cfa',
  'dds',
  'dvm',
  'facp',
  'faan',
  'mrcp',
  'frcp',
  'dr',
  'dr.',
  'prof',
  'prof.',
];
