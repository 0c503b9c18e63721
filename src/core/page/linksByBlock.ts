import type { PageData, PageLink } from './pageData.ts';

/** The page's visible links grouped by the block that holds them (once per page, not once per block). */
export function linksByBlock(page: PageData): Map<number, PageLink[]> {
  const map = new Map<number, PageLink[]>();
  for (const l of page.links) {
    if (l.block < 0 || l.hidden) continue;
    const list = map.get(l.block);
    if (list) list.push(l);
    else map.set(l.block, [l]);
  }
  return map;
}
