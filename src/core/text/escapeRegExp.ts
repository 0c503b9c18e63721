/** `s` with every regular-expression metacharacter escaped, so a data-table word matches only itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
