/**
 * Writes the digest's markup with as few calls into the page as it can: a subtree that fits its element budget is
 * ONE native `outerHTML` (after one native count), trimmed as a string (trimMarkup.ts). Only subtrees over budget
 * are opened here, child by child. A JS walk of every node cost a page ~10 ms on a 100-element article (cold code,
 * one string per node); native serialisation of the same subtree costs a fraction of a millisecond.
 */
import { countUpTo } from './countElements.ts';
import { keptScriptText, STYLE_CHARS, trimMarkup } from './trimMarkup.ts';

/** Attributes kept per start tag written here, and characters per attribute value (outerHTML keeps them whole). */
const MAX_ATTRS = 30;
const ATTR_CHARS = 4096;
const TEXT_NODE_CHARS = 10_000;
/** Elements opened by hand under one root (a page nested thousands deep). */
const MAX_OPENED = 2000;

const XHTML = 'http://www.w3.org/1999/xhtml';
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
/** Written empty when opened (their content is no text a reader sees). */
const EMPTY = /^(?:canvas|iframe|object|video|audio|select|textarea)$/;
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
  return keptScriptText(el.getAttribute('type') ?? '', el.hasAttribute('src'), text);
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

  /**
   * `elements` (in document order) inside their ancestors' start tags up to `body` (where each sits, how an ancestor
   * hides it); siblings share the tags of the ancestors they share, written once.
   */
  placed(elements: readonly Element[], body: Element, budget: Budget): void {
    let open: Element[] = [];
    for (const el of elements) {
      const chain: Element[] = [];
      for (let a = el.parentElement; a && a !== body && chain.length < 50; a = a.parentElement) chain.push(a);
      chain.reverse();
      let same = 0;
      while (same < open.length && same < chain.length && open[same] === chain[same]) same++;
      for (let i = open.length - 1; i >= same; i--) this.write(`</${open[i]!.localName}>`);
      for (let i = same; i < chain.length; i++) this.write(startTag(chain[i]!));
      open = chain;
      this.subtree(el, budget);
    }
    for (let i = open.length - 1; i >= 0; i--) this.write(`</${open[i]!.localName}>`);
  }

  /** `root` and what it holds, within `budget` elements, trimmed. */
  subtree(root: Element, budget: Budget): void {
    const stack: { el: Element; next: ChildNode | null }[] = [];
    let opened = 0;
    const enter = (el: Element): void => {
      if (budget.elements <= 0 || this.full) return;
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
      const n = countUpTo(el, budget.elements) + 1;
      if (n <= budget.elements) {
        // Fits: charged whole, serialised natively in one call, trimmed as a string.
        budget.elements -= n;
        this.write(trimMarkup(el.outerHTML));
        return;
      }
      // Over budget: opened, so that its first children still fit.
      budget.elements--;
      if (opened++ >= MAX_OPENED) return;
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
