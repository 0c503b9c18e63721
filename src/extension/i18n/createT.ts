/**
 * The browser's `i18n.getMessage` rules, over a messages.json catalog: named placeholders ($COUNT$, names
 * case-insensitive) expand to their `content`, whose $1…$9 take the substitutions; "$$" is a literal dollar.
 * Used when the extension API is absent (tests, screenshots) and to preview another locale.
 */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, MessageEntry>;

export type Substitution = string | number;

export function formatMessage(entry: MessageEntry | undefined, subs: readonly Substitution[]): string {
  if (!entry) return '';
  const placeholders = new Map<string, string>();
  for (const [name, value] of Object.entries(entry.placeholders ?? {}))
    placeholders.set(name.toLowerCase(), value.content);
  // Single pass over the template so a substituted value containing "$1" is never expanded again.
  const expanded = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  return expanded.replace(/\$\$|\$([1-9])/g, (whole, digit: string | undefined) => {
    if (whole === '$$') return '$';
    const value = subs[Number(digit) - 1];
    return value === undefined ? '' : String(value);
  });
}

export function createT<K extends string>(catalog: Catalog): (key: K, ...subs: Substitution[]) => string {
  return (key, ...subs) => formatMessage(catalog[key], subs) || key;
}
