import type { Report, Trust } from '../core/report.ts';

const TRUST_LINE: Record<Trust, string> = {
  verified: 'verified: the original was fetched and its text compared',
  claimed: 'claimed: the page names a source that was not verified',
  signals: 'signals only: copy indicators without a named or verified source',
  none: 'no evidence of republication',
};

/** Not "no evidence": nothing was looked at. */
const UNCHECKED_LINE = 'not checked: the page could not be read (the error says why); this says nothing about copying';

const MAX_QUOTE = 160;
const MAX_SIGNALS = 12;

/** A readable summary of one report for a terminal. Page text is stripped of control characters (escape sequences). */
export function formatReport(report: Report): string {
  const trust = report.verdict === 'unchecked' ? UNCHECKED_LINE : TRUST_LINE[report.trust];
  const lines = [
    clean(report.url),
    `  verdict:   ${report.verdict.toUpperCase()}${report.syndicated ? ' (authorised syndication)' : ''}  confidence ${report.confidence.toFixed(2)}`,
    `  trust:     ${trust}`,
  ];
  const add = (label: string, value: string | null | undefined): void => {
    if (value) lines.push(`  ${`${label}:`.padEnd(11)}${clean(value)}`);
  };
  if (report.original) {
    const o = report.original.overlap;
    add(
      'original',
      `${report.original.url}  (carries ${pct(o.containment)} of this page; ${pct(o.coverage)} of the original)`,
    );
    if (report.reasons.includes('excerpt')) add('excerpt', `shows ${pct(o.coverage)} of the original article`);
  }
  add('claimed', report.claimedSource);
  add('publisher', report.original?.publisher ?? report.page.publisher);
  add('authors', report.credits.authors.join(', '));
  add('photos', report.credits.photographers.join(', '));
  add('agency', report.credits.agency);
  add('poster', report.credits.poster);
  if (report.signals.length) {
    lines.push('  evidence:');
    for (const s of report.signals.slice(0, MAX_SIGNALS)) {
      const where = s.where ? ` (${clean(s.where)})` : '';
      lines.push(`    - ${s.kind}${where}: "${clean(cap(s.quote))}"`);
    }
    if (report.signals.length > MAX_SIGNALS) lines.push(`    … ${report.signals.length - MAX_SIGNALS} more`);
  }
  for (const e of report.errors)
    lines.push(
      `  error:     ${e.code}: ${clean(e.message)}${e.url && e.url !== report.url ? ` (${clean(e.url)})` : ''}`,
    );
  return lines.join('\n');
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function cap(s: string): string {
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s;
}

/** Control characters (C0, DEL, C1: ESC sequences, carriage returns) would let a page rewrite the terminal. */
export function clean(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this function's purpose.
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
}
