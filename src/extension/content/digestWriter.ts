/**
 * Writes the digest's markup with as few calls into the page as it can: a subtree that has nothing to trim and fits
 * its element budget is ONE native `outerHTML`. Only the ancestors of what must be trimmed (inline scripts past a
 * few kB and data blocks, long styles, templates, the insides of SVG and MathML) and subtrees over budget are opened
 * here, child by child. A JS walk of every node cost a page ~10 ms on a 100-element article (cold code, one string
 * per node); native serialisation of the same subtree costs a fraction of a millisecond.
 */

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
/** Elements opened by hand under one root, and their depth (a page nested thousands deep). */
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

/** Elements under `el` and itself (native where the DOM counts; linkedom answers 0, so walk there). */
function size(el: Element): number {
  if (!el.firstElementChild) return 1;
  const native = el.getElementsByTagName('*').length;
  if (native > 0) return native + 1;
  let count = 1;
  const stack: Element[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      count++;
      stack.push(c);
    }
  }
  return count;
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
    // Open every ancestor of an element to trim: their other children still go through outerHTML.
    const open = new Set<Element>();
    const trims = root.firstElementChild ? root.querySelectorAll(TRIM_SELECTOR) : [];
    for (let i = 0; i < trims.length && i < MAX_TRIMS; i++) {
      for (let p = trims[i]!.parentElement; p && !open.has(p); p = p === root ? null : p.parentElement) open.add(p);
    }
    const stack: { el: Element; next: ChildNode | null }[] = [];
    let opened = 0;
    const enter = (el: Element): void => {
      if (budget.elements <= 0) return;
      const name = el.localName;
      if (el.namespaceURI !== XHTML && el.namespaceURI !== null) {
        // SVG and MathML: an empty element marks the picture or formula (captions sit next to media).
        if (name === 'svg' || name === 'math') this.write(`<${name}></${name}>`);
        return;
      }
      if (name === 'template' || name === 'head' || name === 'frameset') return;
      if (name === 'script' || name === 'style') {
        budget.elements--;
        const text = scriptText(el);
        if (text !== null) this.write(`${startTag(el)}${text.replace(/<\/(script|style)/gi, '<\\/$1')}</${name}>`);
        return;
      }
      if (!open.has(el) || opened >= MAX_OPENED) {
        const n = size(el);
        if (n <= budget.elements) {
          budget.elements -= n;
          this.write(el.outerHTML);
          return;
        }
        // Over budget: opened below, so that its first children still fit; past the bound, left out.
        if (opened >= MAX_OPENED) return;
      }
      opened++;
      budget.elements--;
      this.write(startTag(el));
      if (VOID.test(name)) return;
      if (EMPTY.test(name)) {
        this.write(`</${name}>`);
        return;
      }
      stack.push({ el, next: el.firstChild });
    };
    enter(root);
    while (stack.length && !this.full) {
      const frame = stack[stack.length - 1]!;
      const node = frame.next;
      if (!node) {
        stack.pop();
        this.write(`</${frame.el.localName}>`);
        continue;
      }
      frame.next = node.nextSibling;
      if (node.nodeType === 1) enter(node as Element);
      else if (node.nodeType === 3) {
        const data = (node as Text).data;
        this.write(escapeText(data.length > TEXT_NODE_CHARS ? data.slice(0, TEXT_NODE_CHARS) : data));
      }
    }
  }
}
