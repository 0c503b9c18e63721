/**
 * The one linear pass over the DOM that readPage rests on: text blocks in document order (with how and whether
 * they are hidden and where they sit), links, images and base64-looking attributes. Text comes from text nodes
 * (never innerText, which forces layout) and every count and length is capped: pages are hostile.
 */
import { draftBlock, MAX_BLOCK_TEXT, type Draft } from './blockDraft.ts';
import { collapse } from './collapse.ts';
import { collectStyles } from './collectStyles.ts';
import { frameFor, rootFrame, type Frame } from './frameFor.ts';
import type { EncodedAttr } from './pageData.ts';
import { BLOCK_TAGS, INLINE_WRAPPERS, MEDIA_TAGS, SKIP_TAGS } from './pageTags.ts';
import { MAX_ENCODED, readEncodedAttrs } from './readEncodedAttrs.ts';
import { readImage, type DraftImage } from './readImage.ts';
import { readLink, type DraftLink } from './readLink.ts';

const CAP = {
  elements: 60_000,
  depth: 300,
  totalText: 2_000_000,
  blocks: 5_000,
  links: 3_000,
  linkText: 300,
} as const;
/** A wrapper with at most this much text around an image or chart counts as media for its neighbours. */
const MEDIA_WRAPPER_TEXT = 300;

export interface PageWalk {
  drafts: Draft[];
  links: DraftLink[];
  images: DraftImage[];
  encodedAttrs: EncodedAttr[];
  /** Elements holding an image, figure, chart or table with little text of their own: a caption's neighbours. */
  containsMedia: Set<Element>;
}

interface OpenLink {
  link: DraftLink;
  parts: string[];
  length: number;
}

export function walkPage(doc: Document, base: string): PageWalk {
  const styles = collectStyles(doc);
  const walk: PageWalk = { drafts: [], links: [], images: [], encodedAttrs: [], containsMedia: new Set<Element>() };
  const { drafts, links } = walk;
  const keys = new Map<Element, number>();
  let elements = 0;
  let totalText = 0;
  const openBlocks: Draft[] = [];
  const openLinks: OpenLink[] = [];

  const keyOf = (el: Element | null): number => {
    if (!el) return -1;
    const known = keys.get(el);
    if (known !== undefined) return known;
    const k = keys.size;
    keys.set(el, k);
    return k;
  };

  // Text goes to the innermost open block and to every open link (a link's text includes its nested elements).
  const addText = (raw: string): void => {
    if (totalText >= CAP.totalText) return;
    const block = openBlocks[openBlocks.length - 1];
    if (block && block.length < MAX_BLOCK_TEXT) {
      const piece = raw.slice(0, MAX_BLOCK_TEXT - block.length);
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

  /** Walks one element; true when it is or holds media. */
  const visit = (el: Element, parent: Frame, depth: number): boolean => {
    if (++elements > CAP.elements || depth > CAP.depth) return false;
    const tag = el.localName.toLowerCase();
    if (SKIP_TAGS.has(tag)) return MEDIA_TAGS.has(tag);
    const frame = frameFor(el, tag, parent, styles);
    let media = MEDIA_TAGS.has(tag);
    const textBefore = totalText;

    if (tag === 'img' || tag === 'source' || tag === 'amp-img')
      readImage(el, tag, frame, base, walk.images, drafts.length);
    if (walk.encodedAttrs.length < MAX_ENCODED) readEncodedAttrs(el, tag, frame, walk.encodedAttrs);

    let draft: Draft | null = null;
    if (BLOCK_TAGS.has(tag) && drafts.length < CAP.blocks) {
      draft = draftBlock(el, tag, frame, drafts.length, keyOf);
      drafts.push(draft);
      openBlocks.push(draft);
    } else if (INLINE_WRAPPERS.has(tag)) {
      const top = openBlocks[openBlocks.length - 1];
      if (top && top.wrappers.length < 4 && !top.wrappers.includes(tag)) top.wrappers.push(tag);
    }

    let linkEntry: OpenLink | null = null;
    if ((tag === 'a' || tag === 'area') && links.length < CAP.links) {
      const link = readLink(el, frame, base, openBlocks[openBlocks.length - 1]);
      if (link) {
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
    if (media && totalText - textBefore <= MEDIA_WRAPPER_TEXT) walk.containsMedia.add(el);
    return media;
  };

  const body = doc.body ?? doc.documentElement;
  if (body) visit(body, rootFrame(), 0);
  return walk;
}
