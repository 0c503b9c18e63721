import type { Comparison, Report } from '../../core/report.ts';

export interface StrippedCredit {
  name: string;
  role: 'author' | 'photographer' | 'agency';
}

/**
 * Credits of the original that the copy's text no longer carries (a byline or photo credit removed, often replaced
 * by the poster's name). Names compare after NFC and case folding, keeping diacritics: "MỸ LINH" carries "Mỹ Linh".
 */
export function strippedCredits(report: Report, comparison: Comparison): StrippedCredit[] {
  const copyText = fold([comparison.copy.title ?? '', ...comparison.copy.paragraphs.map((p) => p.text)].join(' \n '));
  const credits: StrippedCredit[] = [
    ...report.credits.authors.map((name) => ({ name, role: 'author' as const })),
    ...report.credits.photographers.map((name) => ({ name, role: 'photographer' as const })),
    ...(report.credits.agency ? [{ name: report.credits.agency, role: 'agency' as const }] : []),
  ];
  const seen = new Set<string>();
  return credits.filter(({ name }) => {
    const key = fold(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return !copyText.includes(key);
  });
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}
