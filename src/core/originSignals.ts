import type { Signal } from './report.ts';
import type { VerifiedOriginal } from './verifyCandidates.ts';
import { slugMatches } from './text/slugify.ts';

const QUOTE_MAX = 300;

/**
 * The evidence that exists only once an original is known: the texts match (always, since that is how it was
 * verified), this page's address carries the original's title slug, and the original was read earlier (found
 * through the memory, or found another way and also in the memory: `readBefore`).
 */
export function originSignals(pageUrl: string, original: VerifiedOriginal | null, readBefore = false): Signal[] {
  if (!original) return [];
  const share = Math.round(original.overlap.containment * 100);
  const passage = original.overlap.passages[0]?.text ?? '';
  const signals: Signal[] = [
    {
      kind: 'text-match',
      quote: passage.slice(0, QUOTE_MAX),
      where: `${share}% of this page's article text appears in the original`,
      place: 'text',
      target: original.url,
      strength: original.overlap.containment,
    },
  ];
  const title = original.article.title ?? original.scan.page.title;
  if (title && slugMatches(pageUrl, title)) {
    signals.push({
      kind: 'slug-match',
      quote: new URL(pageUrl).pathname,
      where: "this page's address",
      place: 'address',
      target: original.url,
      strength: 0.6,
    });
  }
  if (readBefore || original.via === 'memory') {
    signals.push({
      kind: 'seen-before',
      quote: original.article.title ?? original.url,
      where: 'a page you read earlier',
      place: 'history',
      target: original.url,
      strength: 0.8,
    });
  }
  return signals;
}
