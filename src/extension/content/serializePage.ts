/**
 * The page's HTML, serialised in slices so that no single task of the content script runs long, and without the
 * bytes the engine never reads. Measured in Chromium on a 1 MB news page: `outerHTML` of the whole document took
 * 8–50 ms in one task and sending the result took 40 ms more; on a 4 MB live blog, 28 ms + 60 ms.
 *
 * How: small subtrees go through the browser's own `outerHTML` (fast, native); an element is opened by hand (its
 * start tag written here, its children visited one by one) only when its subtree is large or holds a script or
 * style worth trimming. Each call to `step` does such units until its time budget is spent.
 *
 * What is trimmed, and why that changes no verdict: the engine reads the first 20,000 characters of an inline
 * script (core/page/collectScripts.ts), the first 50,000 of a style (collectStyles.ts), and no data block other
 * than JSON-LD (a `<script type="application/json">` is skipped by every reader), so those tails are cut here.
 */

import { countUpTo } from './countElements.ts';
import { JS_TYPE, JSON_LD, SRC_ATTR, TYPE_ATTR } from './trimMarkup.ts';

/** What core reads of one inline script / one style element; the rest of its text is not sent. */
export const SCRIPT_TEXT_KEPT = 20_000;
export const STYLE_TEXT_KEPT = 50_000;
/** A subtree with more elements than this is opened rather than serialised in one native call. */
export const NATIVE_SUBTREE_ELEMENTS = 1500;
/** Bound on hand-opened elements: past this, the rest goes through `outerHTML` whatever its size. */
const MAX_OPENED = 5000;

const XHTML = 'http://www.w3.org/1999/xhtml';
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text children are serialised raw (the HTML serialisation algorithm's list; scripting is on). */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const ELEMENT_NODE = 1;

function escapeText(s: string): string {
  return s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

/** `<` and `>` stay as they are inside a quoted value (newer Chromium escapes them too; both parse the same). */
function escapeAttr(s: string): string {
  return s.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));
}

function nameOf(el: Element): string {
  return el.namespaceURI === XHTML ? el.localName : el.nodeName;
}

function startTag(el: Element): string {
  let tag = `<${nameOf(el)}`;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    tag += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  return `${tag}>`;
}

/** The text a trimmed element keeps, or null when the element is sent whole. */
function trimmedText(el: Element): string | null {
  const name = el.localName;
  if (el.namespaceURI !== XHTML || (name !== 'script' && name !== 'style')) return null;
  const text = el.textContent ?? '';
  if (name === 'style') return text.length > STYLE_TEXT_KEPT ? text.slice(0, STYLE_TEXT_KEPT) : null;
  if (el.hasAttribute('src')) return null;
  const type = (el.getAttribute('type') ?? '').trim();
  if (JSON_LD.test(type)) return null;
  if (!JS_TYPE.test(type)) return text.length ? '' : null; // a data block (JSON state, templates): no reader
  return text.length > SCRIPT_TEXT_KEPT ? text.slice(0, SCRIPT_TEXT_KEPT) : null;
}

interface Frame {
  el: Element;
  next: ChildNode | null;
}

export interface PageSerializer {
  /** Serialises until `budgetMs` has passed (one unit at least); true once the whole page is written. */
  step(budgetMs: number): boolean;
  /** Takes what was written since the last call. */
  take(): string;
  /** Characters written so far. */
  readonly length: number;
}

/**
 * A resumable serialisation of `root` (the same markup as `root.outerHTML`, trimmed as above), stopping at `maxChars`.
 * The DOM may change between steps (a live page): the result is then a capture of a moving page, never invalid input
 * for the background, which parses and distrusts it anyway.
 */
export interface SerializeOptions {
  maxChars: number;
  /** Tests open smaller subtrees to exercise the hand-written path. */
  nativeSubtreeElements?: number;
  now?: () => number;
}

export function serializePage(root: Element, options: SerializeOptions): PageSerializer {
  const { maxChars, nativeSubtreeElements = NATIVE_SUBTREE_ELEMENTS, now = () => performance.now() } = options;
  // Open every ancestor of an element to trim: its siblings still go through outerHTML. A small page with nothing to
  // trim (most articles) is one native outerHTML, as cheap as it gets.
  const open = new Set<Element>();
  const trims = new Map<Element, string>();
  const candidates = root.querySelectorAll('script, style');
  for (let i = 0; i < candidates.length && trims.size < MAX_OPENED; i++) {
    const el = candidates[i]!;
    const kept = trimmedText(el);
    if (kept === null) continue;
    trims.set(el, kept);
    for (
      let p: Element | null = el.parentElement;
      p && !open.has(p) && open.size < MAX_OPENED;
      p = p === root ? null : p.parentElement
    )
      open.add(p);
  }

  const stack: Frame[] = [];
  const out: string[] = [];
  let pending = 0;
  let length = 0;
  let opened = 0;
  let done = false;

  const write = (s: string): void => {
    if (length >= maxChars) return;
    const part = length + s.length > maxChars ? s.slice(0, maxChars - length) : s;
    out.push(part);
    length += part.length;
    pending++;
  };

  const shouldOpen = (el: Element): boolean => {
    if (open.has(el)) return true;
    if (opened >= MAX_OPENED || el.localName === 'template' || !el.firstElementChild) return false;
    return el.getElementsByTagName('*').length > nativeSubtreeElements;
  };

  const enter = (el: Element): void => {
    const kept = trims.get(el);
    if (kept !== undefined) {
      write(`${startTag(el)}${kept}</${nameOf(el)}>`);
      return;
    }
    if (!shouldOpen(el)) {
      write(el.outerHTML);
      return;
    }
    opened++;
    write(startTag(el));
    stack.push({ el, next: el.firstChild });
  };

  /** One unit: a child of the innermost open element, or closing it. */
  const unit = (): void => {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      if (!VOID.has(frame.el.localName)) write(`</${nameOf(frame.el)}>`);
      return;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === ELEMENT_NODE) enter(node as Element);
    else if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      write(RAW_TEXT.has(frame.el.localName) ? data : escapeText(data));
    } else if (node.nodeType === COMMENT_NODE) write(`<!--${(node as Comment).data}-->`);
  };

  let started = false;
  return {
    step(budgetMs) {
      if (done) return true;
      const until = now() + budgetMs;
      if (!started) {
        started = true;
        enter(root);
      }
      do {
        if (!stack.length || length >= maxChars) {
          done = true;
          break;
        }
        unit();
      } while (now() < until);
      if (!stack.length) done = true;
      return done;
    },
    take() {
      const s = pending === 1 ? out[0]! : out.join('');
      out.length = 0;
      pending = 0;
      return s;
    },
    get length() {
      return length;
    },
  };
}

/** A page with at most this many elements is serialised in one native call (a few ms at most, one task). */
export const ONE_CALL_ELEMENTS = 3000;
const SCRIPT_OR_STYLE = /<!--[\s\S]*?-->|<(script|style)(?=[\s/>])((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/\1\s*>/gi;

function trimWhole(match: string, name: string | undefined, attrs: string, content: string): string {
  if (name === undefined || !content) return match;
  if (name.toLowerCase() === 'style')
    return content.length > STYLE_TEXT_KEPT ? `<style${attrs}>${content.slice(0, STYLE_TEXT_KEPT)}</style>` : match;
  if (SRC_ATTR.test(attrs)) return match;
  const type = (TYPE_ATTR.exec(attrs)?.[1] ?? '').trim();
  if (JSON_LD.test(type)) return match;
  if (!JS_TYPE.test(type)) return `<script${attrs}></script>`;
  return content.length > SCRIPT_TEXT_KEPT ? `<script${attrs}>${content.slice(0, SCRIPT_TEXT_KEPT)}</script>` : match;
}

/**
 * A small page (at most ONE_CALL_ELEMENTS elements) in one native `outerHTML`, trimmed as above in one pass over the
 * string (trimMarkup.ts says why a regular expression over the browser's own serialisation is enough); null for a
 * bigger page, which goes through `serializePage` in slices. The sliced walk cost a 1,000-element page 3–7 ms.
 */
export function serializeSmallPage(root: Element, maxChars: number, maxElements = ONE_CALL_ELEMENTS): string | null {
  if (countUpTo(root, maxElements) > maxElements) return null;
  const html = root.outerHTML.replace(SCRIPT_OR_STYLE, trimWhole);
  return html.length > maxChars ? html.slice(0, maxChars) : html;
}
