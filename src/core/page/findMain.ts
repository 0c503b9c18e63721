/**
 * The main text column: the group of sibling blocks (same parent) with the most paragraph-like text outside the
 * header, navigation, sidebar and footer. Detectors use its first and last blocks as "top" and "end" of the article.
 */
import type { PageBlock } from './pageData.ts';

export function findMain(blocks: PageBlock[]): { start: number; end: number } | null {
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
  const [parent, parentWeight] = heaviest(byParent);
  const [grand, grandWeight] = heaviest(byGrand);
  if (parent < 0) return null;
  // The grandparent wins only when the paragraphs are spread over many wrappers (it then holds much more text).
  const useGrand = grand >= 0 && grandWeight > parentWeight * 1.5;
  let start = -1;
  let end = -1;
  for (const b of blocks) {
    const inColumn = useGrand
      ? (b.grandKey === grand || b.parentKey === grand) && !b.region && !b.hidden
      : b.parentKey === parent;
    if (!inColumn) continue;
    if (start < 0) start = b.index;
    end = b.index;
  }
  return start < 0 ? null : { start, end };
}

/** The key with the greatest weight (the first one on ties), or -1. */
function heaviest(m: Map<number, number>): [number, number] {
  let key = -1;
  let weight = 0;
  for (const [k, w] of m) if (w > weight) [key, weight] = [k, w];
  return [key, weight];
}
