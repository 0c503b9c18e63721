/** A run of a paragraph, marked when the other text also has it. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts a paragraph into marked and unmarked runs from [start, end) ranges. Ranges come from another process, so they
 * are clamped, sorted and merged; a bad range can shift a highlight but never throw or duplicate text.
 */
export function splitSpans(text: string, spans: readonly (readonly [number, number])[]): Segment[] {
  const ranges = spans
    .map(([a, b]) => [clamp(Math.min(a, b), text.length), clamp(Math.max(a, b), text.length)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const segments: Segment[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    if (from > pos) segments.push({ text: text.slice(pos, from), marked: false });
    const last = segments[segments.length - 1];
    if (last?.marked && from === pos) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), marked: true });
    pos = end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), marked: false });
  return segments;
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(0, Math.trunc(n))) : 0;
}
