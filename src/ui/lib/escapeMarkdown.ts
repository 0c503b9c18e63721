/**
 * Page-derived text made inert in Markdown: one line, and every character Markdown (or HTML inside Markdown) could
 * read as syntax escaped, so a title like "[x](javascript:…)" or "<img onerror>" stays text in any renderer.
 * Block markers ("- ", "# ", "1. ", "> ") only count at the start, so only a leading one is escaped: dates and URLs
 * in quotes stay readable.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>|~&"']/g, (c) => `\\${c}`);
  return inline.replace(/^([-+#=!])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Our own value (a time stamp, a hash, a date) as inline code: no escaping noise, no way out of the code span. */
export function markdownCode(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, ' ').slice(0, 300)}\``;
}

/** A URL for a Markdown link target: no spaces or parentheses that would end the target early. */
export function markdownUrl(href: string): string {
  return href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
