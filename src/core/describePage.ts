import type { ArticleInfo } from './report.ts';
import type { Ports } from './ports.ts';
import type { PageData } from './page/readPage.ts';
import type { Article } from './text/extractArticle.ts';

/** The facts about one page that the report shows: title, publisher, date, language, size and a hash of its text. */
export async function describePage(url: string, page: PageData, article: Article, ports: Ports): Promise<ArticleInfo> {
  return {
    url,
    title: page.title ?? article.title,
    publisher: page.meta.siteName ?? article.siteName,
    published: page.meta.published ?? article.published,
    lang: page.lang ?? article.lang,
    words: article.words,
    // Hashing the normalised text lets a fact-checker show later that the texts compared were these ones.
    textHash: ports.sha256 && article.text ? await ports.sha256(article.paragraphs.join('\n')) : null,
  };
}
