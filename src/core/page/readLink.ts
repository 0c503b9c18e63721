/**
 * One <a> or <area> with an http(s) target, as the walk meets it: where it sits (hidden, region) and which block
 * holds it. Its text is filled in when the walk leaves the element; the holding block also lists the target.
 */
import type { Draft } from './blockDraft.ts';
import type { Frame } from './frameFor.ts';
import type { PageLink } from './pageData.ts';
import { absoluteHttpUrl } from '../url/absoluteHttpUrl.ts';

/** A link before the blocks are final: `draft` is the slot of the block that holds it, or -1. */
export type DraftLink = PageLink & { draft: number };

const MAX_HREFS_PER_BLOCK = 20;
const MAX_REL = 100;

/** The link, or null when its target is not an http(s) URL; `top` is the innermost open block. */
export function readLink(el: Element, frame: Frame, base: string, top: Draft | undefined): DraftLink | null {
  const href = absoluteHttpUrl(el.getAttribute('href'), base);
  if (!href) return null;
  if (top && top.linkHrefs.length < MAX_HREFS_PER_BLOCK) top.linkHrefs.push(href);
  return {
    href,
    text: '',
    rel: (el.getAttribute('rel') ?? '').toLowerCase().slice(0, MAX_REL),
    hidden: frame.hidden !== null,
    hiddenHow: frame.hidden,
    region: frame.region,
    block: -1,
    draft: top ? top.slot : -1,
  };
}
