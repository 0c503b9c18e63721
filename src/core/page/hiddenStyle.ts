/**
 * How an element is hidden from readers, from its own markup: the inline style, the `hidden` attribute,
 * aria-hidden, or a class/id that a <style> block of the page hides. Spam footers of nulled themes are hidden in
 * exactly these ways (display:none, off-screen absolute positioning, zero font size, text-indent:-9999px), so
 * these are the cases worth reading without a layout engine.
 */

export type HiddenHow =
  | 'display:none'
  | 'visibility:hidden'
  | 'off-screen'
  | 'font-size:0'
  | 'text-indent'
  | 'opacity:0'
  | 'clipped'
  | 'hidden attribute'
  | 'aria-hidden'
  | 'stylesheet rule';

const MAX_STYLE = 2000;

/** How an inline `style` attribute hides its element, or null. Declarations are parsed, not pattern-matched. */
export function hiddenByStyle(style: string | null): HiddenHow | null {
  if (!style) return null;
  const decls = new Map<string, string>();
  for (const part of style.slice(0, MAX_STYLE).split(';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    decls.set(
      part.slice(0, i).trim().toLowerCase(),
      part
        .slice(i + 1)
        .replace(/!important/i, '')
        .trim()
        .toLowerCase(),
    );
  }
  const display = decls.get('display');
  if (display === 'none') return 'display:none';
  const visibility = decls.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return 'visibility:hidden';
  const position = decls.get('position');
  if (position === 'absolute' || position === 'fixed') {
    for (const side of ['left', 'top', 'right', 'bottom']) {
      if (farOff(decls.get(side))) return 'off-screen';
    }
  }
  if (farOff(decls.get('margin-left')) || farOff(decls.get('margin-top'))) return 'off-screen';
  const transform = decls.get('transform');
  if (transform && /translate[xy]?\(\s*-\d{3,}/.test(transform)) return 'off-screen';
  const fontSize = decls.get('font-size');
  if (fontSize && /^0(\.0*)?(px|em|rem|pt|%)?$/.test(fontSize)) return 'font-size:0';
  if (farOff(decls.get('text-indent'))) return 'text-indent';
  const opacity = decls.get('opacity');
  if (opacity && /^0(\.0*)?$/.test(opacity)) return 'opacity:0';
  const clip = decls.get('clip');
  if (clip && /rect\(\s*0/.test(clip)) return 'clipped';
  const overflowHidden = decls.get('overflow') === 'hidden';
  if (
    overflowHidden &&
    (/^[01](px)?$/.test(decls.get('height') ?? '') ||
      /^[01](px)?$/.test(decls.get('width') ?? '') ||
      /^0(px)?$/.test(decls.get('max-height') ?? ''))
  )
    return 'clipped';
  const clipPath = decls.get('clip-path');
  if (clipPath && /inset\(\s*(50|100)%|circle\(\s*0/.test(clipPath)) return 'clipped';
  if (transform && /scale\(\s*0(\.0*)?\s*[,)]/.test(transform)) return 'clipped';
  return null;
}

/** A length of at least 999 px (or 99 em) to the negative side: the classic "left:-9999px". */
function farOff(value: string | undefined): boolean {
  if (!value) return false;
  const m = /^-(\d+(?:\.\d+)?)(px|em|rem|vw|vh|%)?$/.exec(value);
  if (!m) return false;
  const n = Number(m[1]);
  return m[2] === 'em' || m[2] === 'rem'
    ? n >= 99
    : m[2] === '%' || m[2] === 'vw' || m[2] === 'vh'
      ? n >= 100
      : n >= 999;
}

/**
 * Class and id names that the page's own <style> blocks hide with a simple rule (".ftr{display:none}",
 * "#x, .y { position:absolute; left:-9999px }", "body > .x{…}", "#colophon .x{…}"). Only the last compound of each
 * selector is read, and only when it is one class or id (optionally with its tag): enough for theme footers, and
 * linear in the size of the style text.
 */
export function hiddenSelectors(styleText: string): { classes: Set<string>; ids: Set<string> } {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const ruleRe = /([^{}]{1,300})\{([^{}]{0,1000})\}/g;
  for (const m of styleText.slice(0, 200_000).matchAll(ruleRe)) {
    const body = m[2] ?? '';
    if (!hiddenByStyle(body)) continue;
    for (const sel of (m[1] ?? '').split(',')) {
      // The element a selector hides is its last compound ("body > .x", "#footer .x", "div.x"): its ancestors are
      // not checked, a rule that hides anything at all is rare on honest pages.
      const s =
        sel
          .trim()
          .split(/\s*[\s>+~]\s*/)
          .pop() ?? '';
      const one = /^([.#])([\w-]+)$/.exec(s) ?? /^[a-z]+([.#])([\w-]+)$/i.exec(s);
      if (!one) continue;
      (one[1] === '.' ? classes : ids).add(one[2] as string);
    }
  }
  return { classes, ids };
}
