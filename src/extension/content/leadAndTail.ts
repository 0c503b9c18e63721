/**
 * The blocks the digest keeps around the article: those just before it (a dateline, a source line above the text)
 * and the last blocks of the page (footers: source lines, spam). Chosen by counting elements natively, never by
 * reading styles or geometry.
 */
import { countUpTo } from './countElements.ts';

/** Elements the digest writes for the page's tail, and for the blocks before the article. */
export const MAX_TAIL_ELEMENTS = 800;
export const MAX_LEAD_ELEMENTS = 300;
/** Elements looked at, whatever their size (a page of thousands of tiny siblings). */
const MAX_STEPS = 200;

/** The last elements of the body (in document order) that fit the tail budget, none holding the article. */
export function tailElements(body: Element, article: Element | null): Element[] {
  const tail: Element[] = [];
  let budget = MAX_TAIL_ELEMENTS;
  let node: Element | null = body.lastElementChild;
  let steps = 0;
  while (node && budget > 0 && steps++ < MAX_STEPS) {
    if (article && (node === article || node.contains(article))) {
      // What comes before the article is not its tail; what follows it inside this element is.
      if (node === article) break;
      node = node.lastElementChild;
      continue;
    }
    const count = countUpTo(node, budget) + 1;
    if (count <= budget || !node.lastElementChild) {
      tail.push(node);
      budget -= count;
      node = node.previousElementSibling ?? null;
    } else node = node.lastElementChild;
  }
  return tail.reverse();
}

/** The elements just before the article (its top), in document order. */
export function leadElements(body: Element, article: Element): Element[] {
  const lead: Element[] = [];
  let budget = MAX_LEAD_ELEMENTS;
  for (let a: Element | null = article; a && a !== body && budget > 0; a = a.parentElement) {
    for (let s = a.previousElementSibling; s && budget > 0 && lead.length < MAX_STEPS; s = s.previousElementSibling) {
      const count = countUpTo(s, budget) + 1;
      if (count > budget) break;
      lead.push(s);
      budget -= count;
    }
  }
  return lead.reverse();
}
