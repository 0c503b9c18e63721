/**
 * What an element inherits from its ancestors and adds itself during the page walk: whether (and how) it is
 * hidden, its landmark region, whether it sits in the article body, a figure or a table, and its text alignment.
 */
import { hiddenByStyle, type HiddenHow } from './hiddenStyle.ts';
import type { HiddenRules } from './collectStyles.ts';
import type { Region } from './pageData.ts';
import { regionOf } from './regionOf.ts';

export interface Frame {
  hidden: HiddenHow | null;
  region: Region;
  inArticle: boolean;
  inFigure: boolean;
  inTable: boolean;
  align: 'right' | 'center' | null;
}

const ARTICLE_TOKEN_RE =
  /^(entry-content|post-content|article-body|articlebody|story-body|post-body|td-post-content|article-content|content-body|post-entry|single-content|main-content)$/;
const FIGURE_TOKEN_RE = /(^|-)(caption|figure|chart|graph|infographic|photo-credit|image-credit)(-|$)/;

export function rootFrame(): Frame {
  return { hidden: null, region: null, inArticle: false, inFigure: false, inTable: false, align: null };
}

export function frameFor(el: Element, tag: string, parent: Frame, styles: HiddenRules): Frame {
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  const id = (el.getAttribute('id') ?? '').toLowerCase();
  const tokens = cls ? cls.split(/\s+/).slice(0, 20) : [];
  if (id) tokens.push(id);
  const style = el.getAttribute('style');
  const hidden = parent.hidden ?? hiddenHere(el, tag, style, styles, cls, id);
  const inArticle =
    parent.inArticle ||
    tag === 'article' ||
    el.getAttribute('itemprop') === 'articleBody' ||
    tokens.some((t) => ARTICLE_TOKEN_RE.test(t));
  return {
    hidden,
    region: regionOf(el, tag, tokens, parent.region, inArticle),
    inArticle,
    inFigure:
      parent.inFigure ||
      tag === 'figure' ||
      tag === 'figcaption' ||
      tag === 'picture' ||
      tokens.some((t) => FIGURE_TOKEN_RE.test(t)),
    inTable: parent.inTable || tag === 'table' || tag === 'td' || tag === 'th' || tag === 'caption',
    align: alignOf(el, style, tokens, parent.align),
  };
}

/** How the element itself is hidden: attribute, ARIA (not on icons), inline style or a rule of the page's sheets. */
function hiddenHere(
  el: Element,
  tag: string,
  style: string | null,
  styles: HiddenRules,
  cls: string,
  id: string,
): HiddenHow | null {
  let hidden: HiddenHow | null;
  if (el.hasAttribute('hidden')) hidden = 'hidden attribute';
  else if (el.getAttribute('aria-hidden') === 'true' && tag !== 'img' && tag !== 'i' && tag !== 'span')
    hidden = 'aria-hidden';
  else hidden = hiddenByStyle(style);
  if (!hidden && (styles.classes.size || styles.ids.size)) {
    if (
      (id && styles.ids.has(el.getAttribute('id') ?? '')) ||
      (cls && (el.getAttribute('class') ?? '').split(/\s+/).some((c) => styles.classes.has(c)))
    )
      hidden = 'stylesheet rule';
  }
  return hidden;
}

/** Alignment from inline style, the align attribute or an alignment class; else the inherited one. */
function alignOf(el: Element, style: string | null, tokens: string[], inherited: Frame['align']): Frame['align'] {
  const alignAttr = (el.getAttribute('align') ?? '').toLowerCase();
  const styleAlign = style ? /text-align\s*:\s*(right|center|end)/i.exec(style)?.[1]?.toLowerCase() : undefined;
  const classAlign = tokens.find((t) => /^(has-text-align-|text-|align)(right|center)$/.test(t));
  const a =
    styleAlign ??
    (alignAttr || undefined) ??
    (classAlign ? (classAlign.endsWith('right') ? 'right' : 'center') : undefined);
  if (a === 'right' || a === 'end') return 'right';
  if (a === 'center') return 'center';
  return inherited;
}
