/**
 * The content script's cheap first pass: can this page be an article at all? Only selector lookups, attribute reads
 * and `textContent` (no `innerText`, no styles, no layout), so a non-article page costs well under a millisecond.
 * It only decides whether to send a snapshot: the background checks everything again and trusts nothing from here.
 */

/** Paragraphs shorter than this are captions, buttons, footers. */
const LONG_PARAGRAPH = 60;
/** Enough running text in long paragraphs for a short news item (~150 words). */
const ENOUGH_PARAGRAPH_CHARS = 800;
const ENOUGH_LONG_PARAGRAPHS = 5;
/** Stop looking after this many <p>: a page with that many short ones is a listing or an app. */
const MAX_PARAGRAPHS_SCANNED = 400;
const MAX_JSON_LD_SCRIPTS = 10;
const MAX_JSON_LD_CHARS = 200_000;

// schema.org types of articles: Article, NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, …
const JSON_LD_ARTICLE = /"(?:[A-Za-z]{0,40}Article|[A-Za-z]{0,20}BlogPosting)"/;

function hasArticleMarkup(doc: Document): boolean {
  if (doc.querySelector('article, [itemprop="articleBody"], [itemtype*="Article"]')) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return /article/i.test(ogType.slice(0, 100));
}

function hasArticleJsonLd(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_JSON_LD_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (JSON_LD_ARTICLE.test(text.length > MAX_JSON_LD_CHARS ? text.slice(0, MAX_JSON_LD_CHARS) : text)) return true;
  }
  return false;
}

function hasEnoughParagraphText(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  let chars = 0;
  let long = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS_SCANNED; i++) {
    const length = paragraphs[i]?.textContent?.trim().length ?? 0;
    if (length < LONG_PARAGRAPH) continue;
    chars += length;
    long++;
    if (chars >= ENOUGH_PARAGRAPH_CHARS || long >= ENOUGH_LONG_PARAGRAPHS) return true;
  }
  return false;
}

export function looksLikeArticle(doc: Document): boolean {
  return hasArticleMarkup(doc) || hasArticleJsonLd(doc) || hasEnoughParagraphText(doc);
}
