import type { Report } from '../../core/report.ts';
import { escapeMarkdown, markdownUrl } from './escapeMarkdown.ts';
import { isoDay } from './formatDate.ts';
import { safeHref } from './safeHref.ts';

export type CitationFormat = 'text' | 'markdown';

/**
 * A citation of the original article (or of the page itself when no original is known):
 * "Authors. “Title”. Publisher, YYYY-MM-DD. URL". Language-neutral on purpose: it is pasted into other documents.
 */
export function formatCitation(report: Report, format: CitationFormat): string {
  const source = report.original ?? report.page;
  // The credits describe the original's authors; for a page without an original they are the page's own byline.
  const authors = report.credits.authors.map(oneLine).filter((a) => a !== '');
  const title = oneLine(source.title ?? '');
  const publisher = oneLine(source.publisher ?? '');
  const day = isoDay(source.published);
  const href = safeHref(source.url);

  const parts: string[] = [];
  if (format === 'markdown') {
    if (authors.length) parts.push(`${authors.map(escapeMarkdown).join(', ')}.`);
    const shownTitle = title ? escapeMarkdown(title) : href ? escapeMarkdown(href) : '';
    if (shownTitle) parts.push(href ? `“[${shownTitle}](${markdownUrl(href)})”.` : `“${shownTitle}”.`);
    const where = [publisher ? `*${escapeMarkdown(publisher)}*` : '', day ?? ''].filter(Boolean).join(', ');
    if (where) parts.push(`${where}.`);
    return parts.join(' ');
  }
  if (authors.length) parts.push(`${authors.join(', ')}.`);
  if (title) parts.push(`“${title}”.`);
  const where = [publisher, day ?? ''].filter(Boolean).join(', ');
  if (where) parts.push(`${where}.`);
  if (href) parts.push(href);
  return parts.join(' ');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
