export function forScorer(line: string): string;
export function reportsForScorer(text: string): { text: string; unchecked: number };
