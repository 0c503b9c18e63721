// The shared scorer knows three verdicts. A page the CLI could not check is `unchecked` (report schema 2); to the
// scorer it is a page where nothing was detected, which is how it counted such pages before `unchecked` existed.

/** One JSON line of reports as the shared scorer reads it. */
export function forScorer(line) {
  if (!line.trim()) return line;
  const report = JSON.parse(line);
  return report.verdict === 'unchecked' ? JSON.stringify({ ...report, verdict: 'clean' }) : line;
}

/** Every line of a reports file; returns how many were unchecked. */
export function reportsForScorer(text) {
  let unchecked = 0;
  const lines = text.split('\n').map((line) => {
    const out = forScorer(line);
    if (out !== line) unchecked++;
    return out;
  });
  return { text: lines.join('\n'), unchecked };
}
