/**
 * Author names from <meta>: name/property "author", "article:author" (when not a profile URL), "byl" (NYT),
 * "parsely-author", "sailthru.author", "dc.creator", "citation_author", "authorName1"… Twitter handles are skipped:
 * they are accounts, not names.
 */
const AUTHOR_META_RE = /(?:^|[:._-])(?:author|author_?name\d*|authorname\d*|creator|byl|byline|citation_author)$/i;
const MAX_METAS = 300;

export function metaAuthors(doc: Document): string[] {
  const out: string[] = [];
  const metas = doc.querySelectorAll('meta[name], meta[property]');
  for (let i = 0; i < metas.length && i < MAX_METAS; i++) {
    const m = metas[i];
    const key = m?.getAttribute('name') ?? m?.getAttribute('property') ?? '';
    if (!AUTHOR_META_RE.test(key) || /twitter/i.test(key)) continue;
    const content = (m?.getAttribute('content') ?? '').trim();
    if (!content || /^(?:https?:)?\/\//i.test(content) || content.startsWith('@') || content.length > 300) continue;
    if (!out.includes(content)) out.push(content);
  }
  return out;
}
