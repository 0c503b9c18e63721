/**
 * Text of <noscript> elements, tags stripped and capped: hidden from readers that run scripts, so a place where
 * spam links hide; the walk skips them.
 */
import { collapse } from './collapse.ts';

export function collectNoscript(doc: Document): string[] {
  const out: string[] = [];
  for (const n of Array.from(doc.querySelectorAll('noscript')).slice(0, 30)) {
    // A browser keeps noscript content as raw markup text; linkedom parses it: textContent covers both.
    const text = collapse((n.textContent ?? '').slice(0, 20_000).replace(/<[^>]{0,500}>/g, ' '));
    if (text) out.push(text.slice(0, 2_000));
  }
  return out;
}
