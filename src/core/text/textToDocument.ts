/**
 * A plain-text capture (an archive's text/plain page, a pasted article) as a Document, so that Readability and every
 * detector read it like a page: first non-empty line → <title> and <h1>, blank-line-separated blocks → <p>, the
 * lines inside a block → <br>.
 */
import type { HtmlParser } from '../ports.ts';

const MAX_CHARS = 200_000;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export function textToDocument(text: string, url: string, parse: HtmlParser): Document {
  const lines = text.slice(0, MAX_CHARS).replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && !(lines[i] ?? '').trim()) i++;
  const title = (lines[i] ?? '').trim();
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines.slice(i + 1)) {
    if (line.trim()) current.push(line.trim());
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  // Lines inside a block stay lines (<br>): "by quoc_vu" and "17 views" are two facts, not one sentence.
  const body = blocks.map((b) => `<p>${b.map(escapeHtml).join('<br>\n')}</p>`).join('\n');
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body><article><h1>${escapeHtml(title)}</h1>\n${body}\n</article></body></html>`;
  return parse(html, url);
}
