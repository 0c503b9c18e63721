/**
 * One cheap, linear pass over a Document (a live page or linkedom's) into plain data that every detector reads:
 * metadata, JSON-LD, text blocks in document order with how (and whether) they are hidden and where they sit,
 * links, images and the odd attribute that hides a base64 payload. Text comes from text nodes (never innerText,
 * which forces layout) and everything is capped: pages are hostile.
 */
import { hiddenByStyle, hiddenSelectors, type HiddenHow } from './hiddenStyle.ts';
import { absoluteHttpUrl, hostOf, siteOf } from './sites.ts';
import { readMeta, readJsonLd, type PageMeta } from './readMeta.ts';

export type { PageMeta } from './readMeta.ts';
export type { HiddenHow } from './hiddenStyle.ts';

/** The page landmark a node sits in; null for the main column. */
export type Region = 'header' | 'nav' | 'aside' | 'footer' | 'comments' | null;

export interface PageBlock {
  /** Position among the page's blocks (document order). */
  index: number;
  /** Lower-case tag of the block element: p, li, h2, div, figcaption, td… */
  tag: string;
  /** Its own text (nested blocks excluded), white space collapsed, capped. */
  text: string;
  /** The block's class attribute (capped), a hint for credits ("source", "chart-source", "read-more"). */
  className: string;
  hidden: boolean;
  /** How it (or an ancestor) is hidden. */
  hiddenHow: HiddenHow | null;
  region: Region;
  /** Inside <article> or an element marked as the article body. */
  inArticle: boolean;
  /** Inside figure / figcaption / picture or a caption-like wrapper. */
  inFigure: boolean;
  /** Inside a table (cell, caption). */
  inTable: boolean;
  /** The element just before or after it is (or holds) an image, figure, chart or table: a caption or data line. */
  nearMedia: boolean;
  /** The element just before it is (or holds) media: the block sits under a picture, where its caption goes. */
  mediaBefore: boolean;
  /** Text alignment set on the block or a near wrapper ("right" is the usual credit line). */
  align: 'right' | 'center' | null;
  /** Inline wrappers the text sits in (strong, em, b, i, small, span) — for "where" descriptions. */
  wrappers: string[];
  /** Absolute http(s) targets of the links inside the block. */
  linkHrefs: string[];
  /** Key of the parent element: blocks with the same key are siblings. */
  parentKey: number;
  /** Key of the grandparent: themes that wrap each paragraph in its own div still share this one. */
  grandKey: number;
}

export interface PageLink {
  href: string;
  text: string;
  rel: string;
  hidden: boolean;
  hiddenHow: HiddenHow | null;
  region: Region;
  /** Index of the block that holds it, or -1. */
  block: number;
}

export interface PageImage {
  /** Absolute http(s) URL. */
  src: string;
  /** The attribute it came from: src, data-src, data-lazy-src, srcset, data-original… */
  attr: string;
  hidden: boolean;
  region: Region;
  inArticle: boolean;
  inFigure: boolean;
  /** Index of the first block at or after the image (its place in reading order). */
  block: number;
  width: number | null;
  height: number | null;
}

/** An attribute value that looks like base64 (e.g. data-href="aHR0cHM6Ly8…"), kept for decoding by detectors. */
export interface EncodedAttr {
  tag: string;
  name: string;
  value: string;
  hidden: boolean;
  region: Region;
}

export interface PageData {
  url: string;
  host: string | null;
  /** Registrable domain (tldts), blog platforms' subdomains kept. */
  site: string | null;
  title: string | null;
  lang: string | null;
  meta: PageMeta;
  jsonLd: Record<string, unknown>[];
  blocks: PageBlock[];
  links: PageLink[];
  images: PageImage[];
  encodedAttrs: EncodedAttr[];
  /** Hosts that serve the page's scripts, stylesheets and icons: the site's own infrastructure (its CDNs). */
  resourceHosts: string[];
  /** Inline <script> bodies (capped): "document.write(atob('…'))" footers live there. */
  inlineScripts: string[];
  /** Text of <noscript> elements (tags stripped, capped): hidden from script-running readers, a spam hiding place. */
  noscriptTexts: string[];
  /** Block index range [start, end] of the main text column (the sibling group with the most paragraph text). */
  main: { start: number; end: number } | null;
}

const CAP = {
  elements: 60_000,
  depth: 300,
  blockText: 4_000,
  totalText: 2_000_000,
  blocks: 5_000,
  links: 3_000,
  linkText: 300,
  images: 600,
  encoded: 300,
  encodedLength: 4_096,
  scripts: 40,
  scriptText: 20_000,
  className: 200,
} as const;

const BLOCK_TAGS = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'td', 'th', 'caption', 'blockquote', 'pre', 'dt', 'dd',
  'address', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'ul', 'ol', 'dl',
  'table', 'tr', 'tbody', 'thead', 'tfoot', 'form', 'center', 'summary', 'details', 'legend', 'fieldset', 'body',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'head', 'select', 'textarea', 'canvas', 'video', 'audio']);
const MEDIA_TAGS = new Set(['img', 'picture', 'figure', 'svg', 'canvas', 'video', 'table', 'iframe']);
const INLINE_WRAPPERS = new Set(['strong', 'b', 'em', 'i', 'small', 'span', 'font', 'u', 'cite', 'sup', 'sub']);
const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-orig-file', 'data-large-file', 'data-hi-res-src'];
const SRCSET_ATTRS = ['srcset', 'data-srcset', 'data-lazy-srcset'];
const SKIP_ENCODED_ATTRS = new Set(['src', 'srcset', 'style', 'class', 'id', 'alt', 'title', 'width', 'height', 'd', 'points', 'viewbox', 'transform', 'name', 'type', 'lang', 'dir', 'role']);
const MEDIA_WRAPPER_TEXT = 300;
const BASE64_RE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

// Landmark words in class/id tokens: themes mark their header, sidebar, footer and comments this way.
// Exact words plus the usual compounds of any theme ("tie-sidebar", "jeg_footer", "site-footer-wrap").
const REGION_BY_TOKEN: [RegExp, Exclude<Region, null>][] = [
  [/^(colophon|site-info|copyright)$|(^|[-_])(site|page|global|main|td|mh|cm|jeg|tie|ast)?[-_]?footer([-_](wrap(per)?|inner|area|bottom|widgets?|copy(right)?|bar|main|section|links|menu|nav|text|content|credits?|info|container))?$/, 'footer'],
  [/sidebar|side-bar|widget-area|^secondary$/, 'aside'],
  [/^(site-?header|masthead|page-header|global-header|top-bar|topbar|main-header|header-wrap(per)?)$/, 'header'],
  [/^(main-nav(igation)?|site-navigation|navbar|menu|nav-menu|primary-menu|breadcrumbs?)$/, 'nav'],
  [/^(comments|comments-area|comment-list|respond|disqus_thread)$|^comments?[-_]/, 'comments'],
];
const POST_PART_RE = /entry|post|article|story|single|td-post/;
const ARTICLE_TOKEN_RE = /^(entry-content|post-content|article-body|articlebody|story-body|post-body|td-post-content|article-content|content-body|post-entry|single-content|main-content)$/;
const FIGURE_TOKEN_RE = /(^|-)(caption|figure|chart|graph|infographic|photo-credit|image-credit)(-|$)/;

interface Frame {
  hidden: HiddenHow | null;
  region: Region;
  inArticle: boolean;
  inFigure: boolean;
  inTable: boolean;
  align: 'right' | 'center' | null;
}

interface Draft extends Omit<PageBlock, 'index' | 'text'> {
  slot: number;
  parts: string[];
  length: number;
  el: Element;
}

export function readPage(doc: Document, url: string): PageData {
  const host = hostOf(url);
  const base = baseUrl(doc, url);
  const styles = collectStyles(doc);
  const drafts: Draft[] = [];
  const links: (PageLink & { draft: number })[] = [];
  const images: (PageImage & { draft: number })[] = [];
  const encodedAttrs: EncodedAttr[] = [];
  // Elements holding an image, figure, chart or table with little text of their own: a caption's neighbours.
  const containsMedia = new Set<Element>();
  const keys = new Map<Element, number>();
  let elements = 0;
  let totalText = 0;
  const openBlocks: Draft[] = [];
  const openLinks: { link: PageLink; parts: string[]; length: number }[] = [];

  const keyOf = (el: Element | null): number => {
    if (!el) return -1;
    let k = keys.get(el);
    if (k === undefined) keys.set(el, (k = keys.size));
    return k;
  };

  const addText = (raw: string): void => {
    if (totalText >= CAP.totalText) return;
    const block = openBlocks[openBlocks.length - 1];
    if (block && block.length < CAP.blockText) {
      const piece = raw.slice(0, CAP.blockText - block.length);
      block.parts.push(piece);
      block.length += piece.length;
      totalText += piece.length;
    }
    for (const l of openLinks) {
      if (l.length < CAP.linkText) {
        const piece = raw.slice(0, CAP.linkText - l.length);
        l.parts.push(piece);
        l.length += piece.length;
      }
    }
  };

  const visit = (el: Element, parent: Frame, depth: number): boolean => {
    if (++elements > CAP.elements || depth > CAP.depth) return false;
    const tag = el.localName.toLowerCase();
    if (SKIP_TAGS.has(tag)) return MEDIA_TAGS.has(tag);
    const frame = frameFor(el, tag, parent, styles);
    let media = MEDIA_TAGS.has(tag);
    const textBefore = totalText;

    if (tag === 'img' || tag === 'source' || tag === 'amp-img') readImage(el, tag, frame, base, images, drafts.length);
    if (encodedAttrs.length < CAP.encoded) readEncodedAttrs(el, tag, frame, encodedAttrs);

    let draft: Draft | null = null;
    if (BLOCK_TAGS.has(tag) && drafts.length < CAP.blocks) {
      draft = {
        tag,
        className: (el.getAttribute('class') ?? '').slice(0, CAP.className),
        hidden: frame.hidden !== null,
        hiddenHow: frame.hidden,
        region: frame.region,
        inArticle: frame.inArticle,
        inFigure: frame.inFigure,
        inTable: frame.inTable,
        nearMedia: false,
        mediaBefore: false,
        align: frame.align,
        wrappers: [],
        linkHrefs: [],
        parentKey: keyOf(el.parentElement),
        grandKey: keyOf(el.parentElement?.parentElement ?? null),
        slot: drafts.length,
        parts: [],
        length: 0,
        el,
      };
      drafts.push(draft);
      openBlocks.push(draft);
    } else if (INLINE_WRAPPERS.has(tag)) {
      const top = openBlocks[openBlocks.length - 1];
      if (top && top.wrappers.length < 4 && !top.wrappers.includes(tag)) top.wrappers.push(tag);
    }

    let linkEntry: (typeof openLinks)[number] | null = null;
    if (tag === 'a' || tag === 'area') {
      const href = absoluteHttpUrl(el.getAttribute('href'), base);
      if (href && links.length < CAP.links) {
        const top = openBlocks[openBlocks.length - 1];
        if (top && top.linkHrefs.length < 20) top.linkHrefs.push(href);
        const link = { href, text: '', rel: (el.getAttribute('rel') ?? '').toLowerCase().slice(0, 100), hidden: frame.hidden !== null, hiddenHow: frame.hidden, region: frame.region, block: -1, draft: top ? top.slot : -1 };
        links.push(link);
        linkEntry = { link, parts: [], length: 0 };
        openLinks.push(linkEntry);
      }
    }
    if (tag === 'br') addText('\n');

    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child.nodeValue ?? '');
      else if (child.nodeType === 1 && visit(child as Element, frame, depth + 1)) media = true;
    }

    if (linkEntry) {
      openLinks.pop();
      linkEntry.link.text = collapse(linkEntry.parts.join('')).slice(0, CAP.linkText);
    }
    if (draft) openBlocks.pop();
    if (media && totalText - textBefore <= MEDIA_WRAPPER_TEXT) containsMedia.add(el);
    return media;
  };

  const body = doc.body ?? doc.documentElement;
  if (body) visit(body, rootFrame(), 0);

  // Keep the blocks that hold text; map reserved slots to final indices for links and images.
  const finalIndex: number[] = new Array<number>(drafts.length + 1);
  const blocks: PageBlock[] = [];
  for (let i = 0; i < drafts.length; i++) {
    finalIndex[i] = blocks.length;
    const d = drafts[i] as Draft;
    const text = collapse(d.parts.join('')).slice(0, CAP.blockText);
    if (!text) continue;
    // Caption and data lines sit right next to the image or chart they describe.
    if (text.length <= 300) {
      d.mediaBefore = isMedia(d.el.previousElementSibling, containsMedia);
      d.nearMedia = d.mediaBefore || isMedia(d.el.nextElementSibling, containsMedia);
    }
    const { parts: _p, length: _l, el: _e, slot: _s, ...rest } = d;
    blocks.push({ index: blocks.length, text, ...rest });
  }
  finalIndex[drafts.length] = blocks.length;
  const resolve = (draft: number): number => (draft < 0 ? -1 : Math.min(finalIndex[draft] ?? blocks.length, blocks.length - 1));

  const jsonLd = readJsonLd(doc);
  const meta = readMeta(doc, base, jsonLd);
  return {
    url,
    host,
    site: siteOf(host),
    title: meta.title,
    lang: meta.lang,
    meta,
    jsonLd,
    blocks,
    links: links.map(({ draft, ...l }) => ({ ...l, block: resolve(draft) })),
    images: images.map(({ draft, ...img }) => ({ ...img, block: Math.min(finalIndex[draft] ?? blocks.length, blocks.length) })),
    encodedAttrs,
    resourceHosts: collectResourceHosts(doc, base),
    inlineScripts: collectScripts(doc),
    noscriptTexts: collectNoscript(doc),
    main: findMain(blocks),
  };
}

function rootFrame(): Frame {
  return { hidden: null, region: null, inArticle: false, inFigure: false, inTable: false, align: null };
}

function frameFor(el: Element, tag: string, parent: Frame, styles: { classes: Set<string>; ids: Set<string> }): Frame {
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  const id = (el.getAttribute('id') ?? '').toLowerCase();
  const tokens = cls ? cls.split(/\s+/).slice(0, 20) : [];
  if (id) tokens.push(id);
  const style = el.getAttribute('style');

  let hidden = parent.hidden;
  if (!hidden) {
    if (el.hasAttribute('hidden')) hidden = 'hidden attribute';
    else if (el.getAttribute('aria-hidden') === 'true' && tag !== 'img' && tag !== 'i' && tag !== 'span') hidden = 'aria-hidden';
    else hidden = hiddenByStyle(style);
    if (!hidden && (styles.classes.size || styles.ids.size)) {
      if ((id && styles.ids.has(el.getAttribute('id') ?? '')) || (cls && (el.getAttribute('class') ?? '').split(/\s+/).some((c) => styles.classes.has(c)))) hidden = 'stylesheet rule';
    }
  }

  let region = parent.region;
  const inArticleNow = parent.inArticle || tag === 'article' || el.getAttribute('itemprop') === 'articleBody' || tokens.some((t) => ARTICLE_TOKEN_RE.test(t));
  // Themes also use <header>/<footer> for the post's own title and meta ("entry-header", "post-footer").
  const postPart = tokens.some((t) => POST_PART_RE.test(t));
  if (tag === 'footer' && !inArticleNow && !postPart) region = 'footer';
  else if (tag === 'aside' && !inArticleNow) region = 'aside';
  else if (tag === 'nav') region = 'nav';
  else if (tag === 'header' && !inArticleNow && !postPart) region = 'header';
  else {
    const role = el.getAttribute('role');
    if (role === 'contentinfo') region = 'footer';
    else if (role === 'complementary' && !inArticleNow) region = 'aside';
    else if (role === 'navigation') region = 'nav';
    else if (role === 'banner') region = 'header';
    else if (!inArticleNow || tokens.some((t) => t === 'comments' || t === 'respond')) {
      for (const [re, r] of REGION_BY_TOKEN) if (tokens.some((t) => re.test(t) && !POST_PART_RE.test(t))) region = r;
    }
  }

  let align = parent.align;
  const alignAttr = (el.getAttribute('align') ?? '').toLowerCase();
  const styleAlign = style ? /text-align\s*:\s*(right|center|end)/i.exec(style)?.[1]?.toLowerCase() : undefined;
  const classAlign = tokens.find((t) => /^(has-text-align-|text-|align)(right|center)$/.test(t));
  const a = styleAlign ?? (alignAttr || undefined) ?? (classAlign ? (classAlign.endsWith('right') ? 'right' : 'center') : undefined);
  if (a === 'right' || a === 'end') align = 'right';
  else if (a === 'center') align = 'center';

  return {
    hidden,
    region,
    inArticle: inArticleNow,
    inFigure: parent.inFigure || tag === 'figure' || tag === 'figcaption' || tag === 'picture' || tokens.some((t) => FIGURE_TOKEN_RE.test(t)),
    inTable: parent.inTable || tag === 'table' || tag === 'td' || tag === 'th' || tag === 'caption',
    align,
  };
}

function readImage(el: Element, tag: string, frame: Frame, base: string, out: (PageImage & { draft: number })[], draft: number): void {
  const seen = new Set<string>();
  const push = (raw: string | null, attr: string): void => {
    if (out.length >= 600 || !raw || /^\s*data:/i.test(raw)) return;
    const src = absoluteHttpUrl(raw, base);
    if (!src || seen.has(src)) return;
    seen.add(src);
    out.push({ src, attr, hidden: frame.hidden !== null, region: frame.region, inArticle: frame.inArticle, inFigure: frame.inFigure, block: -1, draft, width: numberAttr(el, 'width'), height: numberAttr(el, 'height') });
  };
  for (const attr of LAZY_ATTRS) push(el.getAttribute(attr), attr);
  if (tag === 'img' || tag === 'amp-img') push(el.getAttribute('src'), 'src');
  for (const attr of SRCSET_ATTRS) {
    const first = (el.getAttribute(attr) ?? '').trim().split(/\s+/)[0];
    push(first ?? null, attr);
  }
}

function readEncodedAttrs(el: Element, tag: string, frame: Frame, out: EncodedAttr[]): void {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length && i < 30; i++) {
    const a = attrs[i];
    if (!a) continue;
    const name = a.name.toLowerCase();
    if (SKIP_ENCODED_ATTRS.has(name)) continue;
    let value = a.value.trim();
    if (name.startsWith('on')) {
      // onclick="location.href=atob('aHR0cHM6…')": keep the literal.
      const lit = /atob\s*\(\s*['"]([A-Za-z0-9+/=_-]{16,4096})['"]/.exec(value);
      if (!lit) continue;
      value = lit[1] as string;
    }
    if (value.length < 16 || value.length > CAP.encodedLength || !BASE64_RE.test(value)) continue;
    out.push({ tag, name, value, hidden: frame.hidden !== null, region: frame.region });
    if (out.length >= CAP.encoded) return;
  }
}

function numberAttr(el: Element, name: string): number | null {
  const v = el.getAttribute(name);
  if (!v) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

function isMedia(el: Element | null, containsMedia: Set<Element>): boolean {
  return !!el && (MEDIA_TAGS.has(el.localName.toLowerCase()) || containsMedia.has(el));
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
}

function baseUrl(doc: Document, url: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return absoluteHttpUrl(href, url) ?? url;
}

function collectStyles(doc: Document): { classes: Set<string>; ids: Set<string> } {
  let text = '';
  for (const s of Array.from(doc.querySelectorAll('style')).slice(0, 30)) {
    text += (s.textContent ?? '').slice(0, 50_000) + '\n';
  }
  return hiddenSelectors(text);
}

const RESOURCE_RELS = /(?:^|\s)(?:stylesheet|icon|apple-touch-icon|preload|modulepreload|manifest|mask-icon)(?:\s|$)/i;

function collectResourceHosts(doc: Document, base: string): string[] {
  const hosts = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('script[src], link[href]')).slice(0, 500)) {
    if (el.localName.toLowerCase() === 'link' && !RESOURCE_RELS.test(el.getAttribute('rel') ?? '')) continue;
    const url = absoluteHttpUrl(el.getAttribute('src') ?? el.getAttribute('href'), base);
    const host = url ? hostOf(url) : null;
    if (host) hosts.add(host);
    if (hosts.size >= 200) break;
  }
  return [...hosts];
}

function collectNoscript(doc: Document): string[] {
  const out: string[] = [];
  for (const n of Array.from(doc.querySelectorAll('noscript')).slice(0, 30)) {
    // A browser keeps noscript content as raw markup text; linkedom parses it: textContent covers both.
    const text = collapse((n.textContent ?? '').slice(0, 20_000).replace(/<[^>]{0,500}>/g, ' '));
    if (text) out.push(text.slice(0, 2_000));
  }
  return out;
}

function collectScripts(doc: Document): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    const text = (s.textContent ?? '').slice(0, CAP.scriptText);
    if (text.trim()) out.push(text);
    if (out.length >= CAP.scripts) break;
  }
  return out;
}

/**
 * The main text column: the group of sibling blocks (same parent) with the most paragraph-like text outside the
 * header, navigation, sidebar and footer. Detectors use its first and last blocks as "top" and "end" of the article.
 */
function findMain(blocks: PageBlock[]): { start: number; end: number } | null {
  const byParent = new Map<number, number>();
  const byGrand = new Map<number, number>();
  for (const b of blocks) {
    if (b.hidden || b.region) continue;
    if (b.tag !== 'p' && b.tag !== 'div' && b.tag !== 'blockquote' && b.tag !== 'li') continue;
    // List items are more often menus and "recent posts" than article text: they count for less.
    const weight = b.tag === 'li' ? b.text.length / 3 : b.text.length;
    byParent.set(b.parentKey, (byParent.get(b.parentKey) ?? 0) + weight);
    if (b.grandKey >= 0) byGrand.set(b.grandKey, (byGrand.get(b.grandKey) ?? 0) + weight);
  }
  const best = (m: Map<number, number>): [number, number] => {
    let key = -1;
    let weight = 0;
    for (const [k, w] of m) if (w > weight) [key, weight] = [k, w];
    return [key, weight];
  };
  const [parent, parentWeight] = best(byParent);
  const [grand, grandWeight] = best(byGrand);
  if (parent < 0) return null;
  // The grandparent wins only when the paragraphs are spread over many wrappers (it then holds much more text).
  const useGrand = grand >= 0 && grandWeight > parentWeight * 1.5;
  let start = -1;
  let end = -1;
  for (const b of blocks) {
    const inColumn = useGrand ? (b.grandKey === grand || b.parentKey === grand) && !b.region && !b.hidden : b.parentKey === parent;
    if (!inColumn) continue;
    if (start < 0) start = b.index;
    end = b.index;
  }
  return start < 0 ? null : { start, end };
}
