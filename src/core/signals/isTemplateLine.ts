/**
 * A line written with placeholders is a template, not a credit: a republishing policy tells its readers how to
 * credit ("This story originally appeared in [Publication] … [Story title]"), a theme's demo text leaves
 * "{site_name}" or "%s" for the owner to fill in. Such a page describes attribution; it names no source.
 *
 * Told by the slots' shape, in any language: two or more short bracketed words that are not link texts, or one
 * slot in braces, a printf slot, or a run of X / underscores. One bracketed name alone ("Source: [AFP]") is a
 * credit written in brackets, not a slot, and so is an outlet the tables know ("[Reuters] [AP]").
 */
import { namedOutlet } from './namedOutlet.ts';

/** "[Publication]", "[Story title]", "[Tên báo]": one to four words in square brackets, no digits, no URL. */
const SQUARE_SLOT = /\[[\p{L}\p{M}][\p{L}\p{M} '’-]{0,40}\]/gu;
/** "{site_name}", "{{ publication }}", "%s", "%1$s", "XXXX", "____": slots no credit is written with. */
const OTHER_SLOT = /\{\{?\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}\}\}?|%(?:\d\$)?s\b|\bX{3,}\b|_{4,}/u;
const MAX_TEMPLATE_LINE = 2000;

export function isTemplateLine(text: string, linkTexts: readonly string[] = []): boolean {
  const line = text.slice(0, MAX_TEMPLATE_LINE);
  if (OTHER_SLOT.test(line)) return true;
  let slots = 0;
  for (const m of line.matchAll(SQUARE_SLOT)) {
    const inner = m[0].slice(1, -1).trim();
    if (linkTexts.some((t) => t.trim() === inner || t.trim() === m[0]) || namedOutlet(inner)) continue;
    if (++slots >= 2) return true;
  }
  return false;
}
