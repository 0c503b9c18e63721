/**
 * The picture URLs one <img>, <source> or <amp-img> carries: lazy-loading themes keep the real file in data-*
 * attributes or a srcset, and hotlinked media (a copy showing the original's pictures) is read from all of them.
 */
import type { Frame } from './frameFor.ts';
import type { PageImage } from './pageData.ts';
import { absoluteHttpUrl } from '../url/absoluteHttpUrl.ts';

/** An image before the blocks are final: `draft` is the block slot reserved when it was met. */
export type DraftImage = PageImage & { draft: number };

const MAX_IMAGES = 600;
const LAZY_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-orig-file',
  'data-large-file',
  'data-hi-res-src',
];
const SRCSET_ATTRS = ['srcset', 'data-srcset', 'data-lazy-srcset'];

export function readImage(
  el: Element,
  tag: string,
  frame: Frame,
  base: string,
  out: DraftImage[],
  draft: number,
): void {
  const seen = new Set<string>();
  const push = (raw: string | null, attr: string): void => {
    if (out.length >= MAX_IMAGES || !raw || /^\s*data:/i.test(raw)) return;
    const src = absoluteHttpUrl(raw, base);
    if (!src || seen.has(src)) return;
    seen.add(src);
    out.push({
      src,
      attr,
      hidden: frame.hidden !== null,
      region: frame.region,
      inArticle: frame.inArticle,
      inFigure: frame.inFigure,
      block: -1,
      draft,
      width: numberAttr(el, 'width'),
      height: numberAttr(el, 'height'),
    });
  };
  for (const attr of LAZY_ATTRS) push(el.getAttribute(attr), attr);
  if (tag === 'img' || tag === 'amp-img') push(el.getAttribute('src'), 'src');
  for (const attr of SRCSET_ATTRS) {
    const first = (el.getAttribute(attr) ?? '').trim().split(/\s+/)[0];
    push(first ?? null, attr);
  }
}

function numberAttr(el: Element, name: string): number | null {
  const v = el.getAttribute(name);
  if (!v) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}
