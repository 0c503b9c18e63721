import type { Report } from '../../core/report.ts';

const MIN_WORDS = 6;
// Search engines ignore words past about 32; a quoted phrase of ~20 words is specific enough to find the original.
const MAX_WORDS = 20;

/**
 * The most distinctive sentence the report holds, to search the web for the original: the longest sentence of a
 * matched passage, else of a text-match quote, else the page title. Null when the report has nothing usable.
 */
export function distinctiveSentence(report: Report): string | null {
  const texts = [
    ...(report.original?.overlap.passages.map((p) => p.text) ?? []),
    ...report.signals.filter((s) => s.kind === 'text-match').map((s) => s.quote),
  ];
  let best: string[] | null = null;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const words = sentence.split(' ');
      if (words.length >= MIN_WORDS && (!best || words.length > best.length)) best = words;
    }
  }
  if (best) return best.slice(0, MAX_WORDS).join(' ');
  const title = report.page.title?.replace(/\s+/g, ' ').trim();
  return title ? title.split(' ').slice(0, MAX_WORDS).join(' ') : null;
}

function sentences(text: string): string[] {
  return text
    .slice(0, 5000)
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?。！？])\s/)
    .map((s) => s.trim())
    .filter(Boolean);
}
