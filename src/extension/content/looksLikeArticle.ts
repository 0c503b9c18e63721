/**
 * The content script's cheap test: can this page be an article at all? Article markup, JSON-LD of an article type,
 * or enough running text in long paragraphs (pageFacts.ts, read in the pass that samples the text). Only
 * selector lookups, attribute reads and `textContent` (no `innerText`, no styles, no layout). It only decides
 * whether to tell the background about the page: the background checks everything again and trusts nothing from here.
 */
import { readPageFacts } from './pageFacts.ts';

const MAX_JSON_LD_SCRIPTS = 10;
const MAX_JSON_LD_CHARS = 200_000;

// schema.org types of articles: Article, NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, …
const JSON_LD_ARTICLE = /"(?:[A-Za-z]{0,40}Article|[A-Za-z]{0,20}BlogPosting)"/;

/** `<article>`, microdata or og:type saying article, or JSON-LD of an article type. */
export function hasArticleSigns(doc: Document): boolean {
  if (doc.querySelector('article, [itemprop="articleBody"], [itemtype*="Article"]')) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(ogType.slice(0, 100))) return true;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_JSON_LD_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (JSON_LD_ARTICLE.test(text.length > MAX_JSON_LD_CHARS ? text.slice(0, MAX_JSON_LD_CHARS) : text)) return true;
  }
  return false;
}

export function looksLikeArticle(doc: Document): boolean {
  return hasArticleSigns(doc) || readPageFacts(doc).enoughText;
}
