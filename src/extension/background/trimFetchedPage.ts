/**
 * A page the background fetched again, cut to what a snapshot from the tab carries (content/serializePage.ts): the
 * insides of inline scripts past 20,000 characters and of styles past 50,000 are left out, and data blocks (a
 * `<script>` of another type than JavaScript or JSON-LD: JSON state, templates) and the insides of SVG and MathML
 * entirely; JSON-LD is kept whole.
 * Then the markup is cut at MAX_SNAPSHOT_CHARS. So the check parses no more than it would from the tab, and a 3–5 MB
 * page (a live blog, megabytes of inline JSON) is checked from the fetch rather than serialised in the page's idle
 * time. One linear scan; the parser closes what the cut leaves open.
 */
import { MAX_SNAPSHOT_CHARS } from '../limits.ts';

const SCRIPT_KEPT = 20_000;
const STYLE_KEPT = 50_000;
const OPEN = /<(script|style|svg|math)\b[^<>]*>/gi;
const TYPE = /\stype\s*=\s*["']?\s*([^"'\s>]*)/i;
const JAVASCRIPT = /^(?:|text\/(?:java|ecma)script|application\/(?:x-)?(?:java|ecma)script|module)$/i;

/** How much of an element's insides to keep, from its start tag. */
function kept(name: string, openTag: string): number {
  if (name === 'style') return STYLE_KEPT;
  if (name === 'svg' || name === 'math') return 0;
  const type = TYPE.exec(openTag)?.[1] ?? '';
  if (/ld\+json/i.test(type)) return Number.POSITIVE_INFINITY;
  return JAVASCRIPT.test(type) ? SCRIPT_KEPT : 0;
}

export function trimFetchedPage(html: string, maxChars: number = MAX_SNAPSHOT_CHARS): string {
  const pieces: string[] = [];
  let length = 0;
  let at = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m && length < maxChars; m = OPEN.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    const start = m.index + m[0].length;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = start;
    const end = close.exec(html)?.index ?? html.length;
    const piece = html.slice(at, Math.min(end, start + kept(name, m[0])));
    pieces.push(piece);
    length += piece.length;
    at = end;
    OPEN.lastIndex = end;
  }
  if (length < maxChars) pieces.push(html.slice(at, at + maxChars - length));
  const trimmed = pieces.join('');
  return trimmed.length > maxChars ? trimmed.slice(0, maxChars) : trimmed;
}
