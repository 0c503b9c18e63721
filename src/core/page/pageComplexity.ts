/**
 * How much work a page can make the engine do, measured in a way that holds on every DOM core meets (linkedom's
 * `getElementsByTagName("*")` is an empty list, so Readability's own `maxElemsToParse` never fires there).
 *
 * Two measurements, both linear and capped:
 * - `measureMarkup` reads the HTML string before it is parsed (linkedom's parse is itself quadratic on deep nesting:
 *   100,000 nested elements took 15 s to parse, before any of our code ran);
 * - `measureDocument` walks what the parser actually built, iteratively, stopping at the cap.
 */

export interface Complexity {
  /** Start tags (markup) or elements (document), counted up to the cap. */
  elements: number;
  /** Deepest nesting seen (an estimate for markup: tags whose end tag may be left out do not count). */
  depth: number;
  /** Links (`<a>`), counted on the document only. */
  links?: number;
  /** A `<` that starts no tag ("a < b", "<<<<"), counted in markup only: the parser's tokenizer is slow on them. */
  strays?: number;
}

export const PAGE_LIMITS = {
  /** Past these the page is not checked at all: a `too-complex` error, never minutes of CPU. */
  maxElements: 60_000,
  maxDepth: 1_000,
  /** 490,000 stray `<` took linkedom 4.5 s to parse on a 2-core machine. */
  maxStrays: 20_000,
  /**
   * Past these Readability is not run (its scoring re-reads the text of every ancestor, so its cost grows with
   * elements × depth: 500 nested levels with text took 2.4 s, 1,000 took 15 s, 20,000 flat elements 6 s on a
   * 2-core machine; its link density re-reads every link: 5,000 links took 6 s). The linear fallback extracts the
   * article instead. News pages sit far below.
   */
  readability: { maxElements: 12_000, maxDepth: 120, maxLinks: 2_000 },
} as const;

/** A page over the limits: the report's `too-complex` error. */
export class TooComplexError extends Error {
  readonly code = 'too-complex';
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'TooComplexError';
  }
}

/** Void elements and elements whose end tag HTML lets authors leave out: they do not deepen the estimate. */
const NO_DEPTH = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen p li dt dd option optgroup tr td th tbody thead tfoot colgroup rb rt rp html head body'.split(
    ' ',
  ),
);
/** Elements whose content is raw text: their inside is skipped, not read as tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

/** Counts the start tags of an HTML string and estimates its nesting, in one pass; stops counting past `limit` tags. */
export function measureMarkup(html: string, limit: number = PAGE_LIMITS.maxElements): Complexity {
  let elements = 0;
  let strays = 0;
  let depth = 0;
  let maxDepth = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length && elements <= limit && strays <= limit) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    let j = nameStart;
    // A tag name starts with an ASCII letter; anything else ("a < b", "<3") is text.
    const first = html.charCodeAt(nameStart) | 32;
    if (first >= 97 && first <= 122) j++;
    else j = html.length;
    while (j < html.length && j - nameStart < 16 && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart || j >= html.length) {
      if (!closing && html.charCodeAt(i + 1) !== 33 /* ! */ && html.charCodeAt(i + 1) !== 63 /* ? */) strays++;
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const close = html.indexOf('>', j);
    if (close < 0) break;
    if (closing) {
      if (!NO_DEPTH.has(name) && depth > 0) depth--;
    } else {
      elements++;
      if (RAW_TEXT.has(name)) {
        const end = indexOfCaseless(html, `</${name}`, close + 1);
        i = end < 0 ? -1 : html.indexOf('<', end + 2);
        continue;
      }
      if (!NO_DEPTH.has(name) && html.charCodeAt(close - 1) !== 47 /* self-closing "/>" */) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
      }
    }
    i = html.indexOf('<', close + 1);
  }
  return { elements, depth: maxDepth, strays };
}

/**
 * Counts the elements under `root` and their deepest nesting, without recursion, stopping once either passes its
 * limit (the count is then limit + 1: enough to say "over").
 */
export function measureDocument(
  root: Element,
  limits: { maxElements: number; maxDepth: number } = PAGE_LIMITS,
): Complexity {
  let elements = 0;
  let links = 0;
  let maxDepth = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    elements++;
    if (node.localName === 'a') links++;
    if (depth > maxDepth) maxDepth = depth;
    if (elements > limits.maxElements || maxDepth > limits.maxDepth) break;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return { elements, depth: maxDepth, links };
}

/** Whether a measurement is over the limits, and why, in words for the report. */
export function overLimits(
  c: Complexity,
  limits: { maxElements: number; maxDepth: number; maxLinks?: number; maxStrays?: number },
): string | null {
  if (limits.maxStrays !== undefined && (c.strays ?? 0) > limits.maxStrays)
    return `more than ${limits.maxStrays} stray "<" characters`;
  if (c.elements > limits.maxElements) return `more than ${limits.maxElements} elements`;
  if (limits.maxLinks !== undefined && (c.links ?? 0) > limits.maxLinks) return `more than ${limits.maxLinks} links`;
  if (c.depth > limits.maxDepth) return `elements nested more than ${limits.maxDepth} deep`;
  return null;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** indexOf ignoring ASCII case, for end tags such as `</SCRIPT`. */
function indexOfCaseless(text: string, needle: string, from: number): number {
  const lower = needle.toLowerCase();
  const upper = needle.toUpperCase();
  for (let i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
    let ok = true;
    for (let k = 1; k < needle.length && ok; k++) {
      const ch = text[i + k];
      ok = ch === lower[k] || ch === upper[k];
    }
    if (ok) return i;
  }
  return -1;
}
