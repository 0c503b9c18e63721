/**
 * Writes the digest's markup with as few calls into the page as it can: a subtree that has nothing to trim and fits
 * its element budget is ONE native `outerHTML` (after one native count and one `querySelectorAll`). Only the
 * ancestors of what must be trimmed (inline scripts past a few kB and data blocks, long styles, templates, the insides of SVG
 * and MathML) and subtrees over budget are opened here, child by child. A JS walk of every node cost a page ~10 ms on a 100-element article (cold code, one string
 * per node); native serialisation of the same subtree costs a fraction of a millisecond.
 */
import { countUpTo } from './countElements.ts';

/** Attributes kept per start tag written here, and characters per attribute value (outerHTML keeps them whole). */
const MAX_ATTRS = 30;
const ATTR_CHARS = 4096;
const TEXT_NODE_CHARS = 10_000;
const JSON_LD_CHARS = 50_000;
/** An inline script this short can be a `document.write(atob(…))` footer; longer ones are the site's code. */
const INLINE_SCRIPT_CHARS = 3000;
const STYLE_CHARS = 20_000;
/** Elements to trim looked at under one root; past this, the rest is written as the page has it (the cap holds). */
const MAX_TRIMS = 1000;
/** Elements opened by hand under one root (a page nested thousands deep). */
const MAX_OPENED = 2000;

const TRIM_SELECTOR = 'script, style, template, svg, math';
const XHTML = 'http://www.w3.org/1999/xhtml';
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
/** Written empty when opened (their content is no text a reader sees). */
const EMPTY = /^(?:canvas|iframe|object|video|audio|select|textarea)$/;
const JS_TYPE = /^(?:$|text\/(?:java|ecma)script|application\/(?:x-)?(?:java|ecma)script|module$)/i;
const JSON_LD = /^application\/ld\+json$/i;
const ATTR_NAME = /^[a-z_:][-a-z0-9_:.]*$/i;

export interface Budget {
  elements: number;
}

const escapeText = (s: string): string =>
  s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttr = (s: string): string => s.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'));

export function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length && i < MAX_ATTRS; i++) {
    const a = attrs[i]!;
    if (!ATTR_NAME.test(a.name)) continue;
    const value = a.value.length > ATTR_CHARS ? a.value.slice(0, ATTR_CHARS) : a.value;
    tag += ` ${a.name}="${escapeAttr(value)}"`;
  }
  return `${tag}>`;
}

/** The text kept of a script or style, or null to leave the element out. */
function scriptText(el: Element): string | null {
  const text = el.textContent ?? '';
  if (el.localName === 'style') return text.slice(0, STYLE_CHARS);
  if (el.hasAttribute('src')) return '';
  const type = (el.getAttribute('type') ?? '').trim();
  if (JSON_LD.test(type)) return text.slice(0, JSON_LD_CHARS);
  if (JS_TYPE.test(type) && text.length <= INLINE_SCRIPT_CHARS) return text;
  return null;
}

export class DigestWriter {
  private readonly out: string[] = [];
  private length = 0;

  constructor(private readonly maxChars: number) {}

  get full(): boolean {
    return this.length >= this.maxChars;
  }

  write(s: string): void {
    if (this.length >= this.maxChars) return;
    const part = this.length + s.length > this.maxChars ? s.slice(0, this.maxChars - this.length) : s;
    this.out.push(part);
    this.length += part.length;
  }

  text(): string {
    return this.out.join('');
  }

  /** `el` inside its ancestors' start tags up to `body` (where it sits, how an ancestor hides it). */
  placed(el: Element, body: Element, budget: Budget): void {
    const chain: Element[] = [];
    for (let a = el.parentElement; a && a !== body && chain.length < 50; a = a.parentElement) chain.push(a);
    for (let i = chain.length - 1; i >= 0; i--) this.write(startTag(chain[i]!));
    this.subtree(el, budget);
    for (const a of chain) this.write(`</${a.localName}>`);
  }

  /** `root` and what it holds, within `budget` elements, trimmed. */
  subtree(root: Element, budget: Budget): void {
    // Elements holding something to trim, inside subtrees that fit the budget (`known`: searched once, whole).
    const open = new Set<Element>();
    const stack: { el: Element; next: ChildNode | null; known: boolean }[] = [];
    let opened = 0;
    const enter = (el: Element, known: boolean): void => {
      if (!known && budget.elements <= 0) return;
      const name = el.localName;
      if (el.namespaceURI !== XHTML && el.namespaceURI !== null) {
        // SVG and MathML: an empty element marks the picture or formula (captions sit next to media).
        if (name === 'svg' || name === 'math') this.write(`<${name}></${name}>`);
        return;
      }
      if (name === 'template' || name === 'head' || name === 'frameset') return;
      if (name === 'script' || name === 'style') {
        if (!known) budget.elements--;
        const text = scriptText(el);
        if (text !== null) this.write(`${startTag(el)}${text.replace(/<\/(script|style)/gi, '<\\/$1')}</${name}>`);
        return;
      }
      if (known) {
        if (!open.has(el)) {
          this.write(el.outerHTML);
          return;
        }
      } else {
        const n = countUpTo(el, budget.elements) + 1;
        if (n <= budget.elements) {
          // Fits: charged whole, and searched ONCE for what to trim (never a page's one huge container).
          budget.elements -= n;
          const trims = n > 1 ? el.querySelectorAll(TRIM_SELECTOR) : [];
          if (!trims.length) {
            this.write(el.outerHTML);
            return;
          }
          for (let i = 0; i < trims.length && i < MAX_TRIMS; i++) {
            for (let p = trims[i]!.parentElement; p && !open.has(p); p = p === el ? null : p.parentElement) open.add(p);
          }
          known = true;
        } else budget.elements--;
        // Over budget: opened, so that its first children still fit.
      }
      if (opened++ >= MAX_OPENED) return;
      this.write(startTag(el));
      if (VOID.test(name)) return;
      if (EMPTY.test(name)) {
        this.write(`</${name}>`);
        return;
      }
      stack.push({ el, next: el.firstChild, known });
    };
    enter(root, false);
    while (stack.length && !this.full) {
      const frame = stack[stack.length - 1]!;
      const node = frame.next;
      if (!node) {
        stack.pop();
        this.write(`</${frame.el.localName}>`);
        continue;
      }
      frame.next = node.nextSibling;
      if (node.nodeType === 1) enter(node as Element, frame.known);
      else if (node.nodeType === 3) {
        const data = (node as Text).data;
        this.write(escapeText(data.length > TEXT_NODE_CHARS ? data.slice(0, TEXT_NODE_CHARS) : data));
      }
    }
  }
}
