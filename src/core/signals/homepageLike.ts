/**
 * A site's front or section page ("worldbank.org", "data.example.org/indicators"), not an article: at most one path
 * segment and that one no article slug (three or more words, a long number, a file name) nor an article query.
 * Next to a chart, a source URL of this shape credits the data, not the article.
 */
export function homepageLike(value: string): boolean {
  try {
    const u = new URL(/^https?:/i.test(value) ? value : `https://${value}`);
    const segments = u.pathname.split('/').filter(Boolean);
    if (segments.length > 1) return false;
    const last = decodeURIComponentSafe(segments[0] ?? '');
    const slug = last.split(/[-_+]/).filter(Boolean).length >= 3 || /\d{4,}/.test(last) || /\.[a-z]{2,5}$/i.test(last);
    const articleQuery = /(?:^|[?&])(?:p|id|story|article|news|post)=/i.test(u.search);
    return !slug && !articleQuery;
  } catch {
    return true;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
