/**
 * What the content script sends by default: a small digest of the page, written as markup so that the background
 * builds a Document from it and runs the same engine on it (core stays as it is, and distrusts it like any page).
 * Sending the whole page cost a page ~11 ms median (serialising and cloning ~60 k–2.5 M characters); the digest is
 * what the engine needs to find signals and the fingerprint, and the background asks for the whole page only when
 * the digest shows something (background/digestCheck.ts).
 *
 * The digest keeps, with their tags and attributes (class, style, hidden…: how a block is hidden and where it sits):
 * - the head's metadata (title, meta, link, base), JSON-LD (also from the body), short inline scripts and the
 *   page's <style> text (scraper themes hide spam with a class rule);
 * - the candidate article: the element holding the most paragraph text, widened up to its <article> or a few
 *   levels while it stays small, inside the chain of its ancestors' start tags (regions, inherited hiding);
 * - the last blocks of the page (footers: source lines, spam), each inside its ancestors' start tags.
 * Everything is bounded (elements walked, text per node, characters in all) and written by a generator that the
 * content script steps in idle slices.
 */

import { MAX_DIGEST_CHARS as DIGEST_MAX_CHARS } from '../limits.ts';

/** Elements written for the article and for the page's tail. */
const MAX_ARTICLE_ELEMENTS = 3000;
const MAX_TAIL_ELEMENTS = 800;
const MAX_LEAD_ELEMENTS = 300;
/** Paragraphs read to find the article, and long ones counted (a listing's short items come first on many pages). */
const MAX_PARAGRAPHS = 2000;
const MAX_LONG_PARAGRAPHS = 400;
/** Short paragraphs (captions, buttons) do not say where the article is. */
const MIN_PARAGRAPH_CHARS = 25;
/** How far the article may widen above the element holding the most paragraph text. */
const MAX_WIDEN = 3;
const MAX_HEAD_ELEMENTS = 300;
const MAX_JSON_LD = 10;
const JSON_LD_CHARS = 50_000;
/** An inline script this short can be a `document.write(atob(…))` footer; longer ones are the site's code. */
const INLINE_SCRIPT_CHARS = 3000;
const STYLE_CHARS = 20_000;
const TEXT_NODE_CHARS = 10_000;
const ATTR_CHARS = 4096;
const MAX_ATTRS = 30;
/** Elements written between two checks of the time budget. */
export const DIGEST_UNIT = 64;

const XHTML = 'http://www.w3.org/1999/xhtml';
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Written as an empty element (media for the caption detectors, or a place), their content left out. */
const EMPTY = new Set(['svg', 'math', 'canvas', 'iframe', 'object', 'video', 'audio', 'select', 'textarea']);
const LEFT_OUT = new Set(['template', 'head', 'frameset']);
const JS_TYPE = /^(?:$|text\/(?:java|ecma)script|application\/(?:x-)?(?:java|ecma)script|module$)/i;
const JSON_LD = /^application\/ld\+json$/i;
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'base', 'script', 'style', 'noscript']);

const escapeText = (s: string): string =>
  s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttr = (s: string): string => s.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'));

function isHtml(el: Element): boolean {
  return el.namespaceURI === XHTML || el.namespaceURI === null;
}

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length && i < MAX_ATTRS; i++) {
    const a = attrs[i]!;
    if (!/^[a-z_:][-a-z0-9_:.]*$/i.test(a.name)) continue;
    const value = a.value.length > ATTR_CHARS ? a.value.slice(0, ATTR_CHARS) : a.value;
    tag += ` ${a.name}="${escapeAttr(value)}"`;
  }
  return `${tag}>`;
}

/** The text kept of a script or style, or null to leave the element out. */
function scriptText(el: Element): string | null {
  if (el.localName === 'style') return (el.textContent ?? '').slice(0, STYLE_CHARS);
  if (el.hasAttribute('src')) return '';
  const type = (el.getAttribute('type') ?? '').trim();
  const text = el.textContent ?? '';
  if (JSON_LD.test(type)) return text.slice(0, JSON_LD_CHARS);
  if (JS_TYPE.test(type) && text.length <= INLINE_SCRIPT_CHARS) return text;
  return null;
}

/** Elements under `el`, counted up to `limit` + 1. */
function elementCount(el: Element, limit = MAX_ARTICLE_ELEMENTS): number {
  // Native and fast in a browser; linkedom (the tests, the corpus check) answers 0, so count by walking there.
  const native = el.getElementsByTagName('*').length;
  if (native > 0 || !el.firstElementChild) return native;
  let count = 0;
  const stack: Element[] = [el];
  while (stack.length && count <= limit) {
    const e = stack.pop()!;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      count++;
      stack.push(c);
    }
  }
  return count;
}

/** The element holding the most paragraph text, widened while small; null on a page without paragraphs. */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const marked = doc.querySelector('[itemprop="articleBody"]');
  const paragraphs = doc.getElementsByTagName('p');
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  let long = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && long < MAX_LONG_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    if (!parent) continue;
    const length = (p.textContent ?? '').length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    long++;
    const total = (score.get(parent) ?? 0) + length;
    score.set(parent, total);
    if (total > bestScore) {
      bestScore = total;
      best = parent;
    }
  }
  const found = best ?? marked;
  if (!found) return null;
  let root: Element = found;
  const article = root.closest('article');
  if (article && article !== root && elementCount(article) <= MAX_ARTICLE_ELEMENTS) return article;
  for (let i = 0; i < MAX_WIDEN; i++) {
    const up: Element | null = root.parentElement;
    if (!up || up === body || up === doc.documentElement || elementCount(up) > MAX_ARTICLE_ELEMENTS) break;
    root = up;
  }
  return root;
}

/** The last elements of the body (in document order) that fit the tail budget, none holding the article. */
function tailElements(body: Element, article: Element | null): Element[] {
  const tail: Element[] = [];
  let budget = MAX_TAIL_ELEMENTS;
  let node: Element | null = body.lastElementChild;
  let steps = 0;
  while (node && budget > 0 && steps++ < 200) {
    if (article && (node === article || node.contains(article))) {
      // What comes before the article is not its tail; what follows it inside this element is.
      if (node === article) break;
      node = node.lastElementChild;
      continue;
    }
    const count = elementCount(node, budget) + 1;
    if (count <= budget || !node.lastElementChild) {
      tail.push(node);
      budget -= count;
      node = node.previousElementSibling ?? null;
    } else node = node.lastElementChild;
  }
  return tail.reverse();
}

/** The elements just before the article (its top: a dateline, a source line above the text), in document order. */
function leadElements(body: Element, article: Element): Element[] {
  const lead: Element[] = [];
  let budget = MAX_LEAD_ELEMENTS;
  for (let a: Element | null = article; a && a !== body && budget > 0; a = a.parentElement) {
    for (let s = a.previousElementSibling; s && budget > 0 && lead.length < 200; s = s.previousElementSibling) {
      const count = elementCount(s, budget) + 1;
      if (count > budget) break;
      lead.push(s);
      budget -= count;
    }
  }
  return lead.reverse();
}

/** Start tags of `el`'s ancestors below the body, outermost first (where it sits, how an ancestor hides it). */
function ancestorsOf(el: Element, body: Element): Element[] {
  const chain: Element[] = [];
  for (let a = el.parentElement; a && a !== body && chain.length < 50; a = a.parentElement) chain.push(a);
  return chain.reverse();
}

interface Budget {
  elements: number;
}

/**
 * The digest, written in pieces: each `next()` writes up to DIGEST_UNIT elements. `out` gathers the markup; the
 * generator's return value is the whole digest.
 */
export function* digestSteps(doc: Document): Generator<void, string, void> {
  const out: string[] = [];
  let length = 0;
  const write = (s: string): void => {
    if (length >= DIGEST_MAX_CHARS) return;
    const part = length + s.length > DIGEST_MAX_CHARS ? s.slice(0, DIGEST_MAX_CHARS - length) : s;
    out.push(part);
    length += part.length;
  };
  let sinceYield = 0;

  /** Writes `root`'s subtree, lean: no comments, no template, no script or style past their caps. */
  function* subtree(root: Element, budget: Budget): Generator<void, void, void> {
    const stack: { el: Element; next: ChildNode | null }[] = [];
    const enter = (el: Element): void => {
      if (budget.elements <= 0) return;
      const name = el.localName;
      if (!isHtml(el)) {
        // SVG and MathML: an empty element marks the picture or formula (captions sit next to media).
        if (name === 'svg' || name === 'math') write(`<${name}></${name}>`);
        return;
      }
      if (LEFT_OUT.has(name)) return;
      budget.elements--;
      sinceYield++;
      if (name === 'script' || name === 'style') {
        const text = scriptText(el);
        if (text !== null) write(`${startTag(el)}${text.replace(/<\/(script|style)/gi, '<\\/$1')}</${name}>`);
        return;
      }
      write(startTag(el));
      if (VOID.has(name)) return;
      if (EMPTY.has(name)) {
        write(`</${name}>`);
        return;
      }
      stack.push({ el, next: el.firstChild });
    };
    enter(root);
    while (stack.length && length < DIGEST_MAX_CHARS) {
      const frame = stack[stack.length - 1]!;
      const node = frame.next;
      if (!node) {
        stack.pop();
        write(`</${frame.el.localName}>`);
        continue;
      }
      frame.next = node.nextSibling;
      if (node.nodeType === 1) enter(node as Element);
      else if (node.nodeType === 3) {
        const data = (node as Text).data;
        write(escapeText(data.length > TEXT_NODE_CHARS ? data.slice(0, TEXT_NODE_CHARS) : data));
      }
      if (sinceYield >= DIGEST_UNIT) {
        sinceYield = 0;
        yield;
      }
    }
  }

  function* placed(el: Element, body: Element, budget: Budget): Generator<void, void, void> {
    const chain = ancestorsOf(el, body);
    for (const a of chain) write(startTag(a));
    yield* subtree(el, budget);
    for (let i = chain.length - 1; i >= 0; i--) write(`</${chain[i]!.localName}>`);
  }

  const root = doc.documentElement;
  write('<!DOCTYPE html>');
  write(root ? startTag(root) : '<html>');
  write('<head>');
  const headBudget: Budget = { elements: MAX_HEAD_ELEMENTS };
  const head = doc.head;
  if (head) {
    for (let el = head.firstElementChild; el && headBudget.elements > 0; el = el.nextElementSibling) {
      if (HEAD_TAGS.has(el.localName)) yield* subtree(el, headBudget);
    }
  }
  const body = doc.body;
  if (body) {
    const jsonLd = body.querySelectorAll('script[type="application/ld+json" i]');
    for (let i = 0; i < jsonLd.length && i < MAX_JSON_LD; i++) yield* subtree(jsonLd[i]!, headBudget);
    const styles = body.getElementsByTagName('style');
    for (let i = 0; i < styles.length && i < 10; i++) yield* subtree(styles[i]!, headBudget);
  }
  write('</head>');
  if (body) {
    write(startTag(body));
    const article = findArticleRoot(doc);
    if (article) {
      const leadBudget: Budget = { elements: MAX_LEAD_ELEMENTS };
      for (const el of leadElements(body, article)) yield* placed(el, body, leadBudget);
      yield* placed(article, body, { elements: MAX_ARTICLE_ELEMENTS });
    }
    const tailBudget: Budget = { elements: MAX_TAIL_ELEMENTS };
    for (const el of tailElements(body, article)) yield* placed(el, body, tailBudget);
    write('</body>');
  }
  write('</html>');
  return out.join('');
}

/** The whole digest at once (tests, and a page too small to need slices). */
export function digestPage(doc: Document): string {
  const steps = digestSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
