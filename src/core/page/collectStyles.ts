/**
 * The class and id selectors a page's own <style> sheets hide: scraper themes hide spam links with a rule rather
 * than an inline style, so the walk needs them to mark those blocks hidden.
 */
import { hiddenSelectors } from './hiddenStyle.ts';

export type HiddenRules = ReturnType<typeof hiddenSelectors>;

export function collectStyles(doc: Document): HiddenRules {
  let text = '';
  for (const s of Array.from(doc.querySelectorAll('style')).slice(0, 30)) {
    text += (s.textContent ?? '').slice(0, 50_000) + '\n';
  }
  return hiddenSelectors(text);
}
