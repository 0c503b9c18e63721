import type { Report } from '../../core/report.ts';
import { CANDIDATE_OUTCOME_LABEL, CANDIDATE_VIA_LABEL, ERROR_LABEL, SIGNAL_LABEL } from '../i18n/labels.ts';
import type { Translate } from '../../extension/i18n/t.ts';
import { escapeMarkdown, markdownCode } from './escapeMarkdown.ts';
import { formatPercent } from './formatPercent.ts';
import { safeHref } from './safeHref.ts';
import { statusTitleKey, trustKey } from './statusWords.ts';
import { popupStatus } from './popupStatus.ts';

export interface MarkdownOptions {
  exportedAt: string;
}

/**
 * The evidence report as Markdown, in the UI language (`t` is passed in so this stays a pure function).
 * Every page-derived string is escaped; URLs become autolinks only when they are http(s).
 */
export function toMarkdownReport(report: Report, t: Translate, options: MarkdownOptions): string {
  const status = popupStatus({ tabId: 0, url: report.url, status: 'done', report, error: null, updatedAt: 0 });
  const lines: string[] = [];
  const title = report.page.title ? escapeMarkdown(report.page.title) : url(report.url);
  lines.push(`# ${t('mdTitle')}: ${title}`, '');
  lines.push(`**${t(statusTitleKey(status))}** — ${t(trustKey(report))}`, '');
  lines.push(`- ${t('mdCheckedAt')}: ${markdownCode(report.checkedAt)}`);
  lines.push(`- ${t('mdExportedAt')}: ${markdownCode(options.exportedAt)}`);
  lines.push(`- ${t('mdThisPage')}: ${url(report.url)}`);
  if (report.page.textHash) lines.push(`- ${t('mdPageHash')}: \`${hash(report.page.textHash)}\``);
  const original = report.original;
  if (original) {
    lines.push(`- ${t('mdOriginal')}: ${url(original.url)}`);
    if (original.title) lines.push(`- ${t('mdOriginalTitle')}: ${escapeMarkdown(original.title)}`);
    if (original.publisher) lines.push(`- ${t('mdPublisher')}: ${escapeMarkdown(original.publisher)}`);
    if (original.published) lines.push(`- ${t('mdOriginalPublished')}: ${markdownCode(original.published)}`);
    if (report.page.published) lines.push(`- ${t('mdPagePublished')}: ${markdownCode(report.page.published)}`);
    if (original.textHash) lines.push(`- ${t('mdOriginalHash')}: \`${hash(original.textHash)}\``);
    lines.push(`- ${t('mdOverlap')}: ${t('overlapLine', formatPercent(original.overlap.containment))}`);
    if (original.overlap.droppedParagraphs > 0)
      lines.push(`- ${t('droppedParagraphs', original.overlap.droppedParagraphs)}`);
    if (original.overlap.alteredParagraphs > 0)
      lines.push(`- ${t('alteredParagraphs', original.overlap.alteredParagraphs)}`);
  } else if (report.claimedSource) {
    lines.push(
      `- ${t('claimedSourceLabel')} ${safeHref(report.claimedSource) ? url(report.claimedSource) : escapeMarkdown(report.claimedSource)}`,
    );
  }

  const credits = report.credits;
  const creditLines = [
    credits.authors.length ? `- ${t('creditAuthors')}: ${credits.authors.map(escapeMarkdown).join(', ')}` : null,
    credits.photographers.length
      ? `- ${t('creditPhotographers')}: ${credits.photographers.map(escapeMarkdown).join(', ')}`
      : null,
    credits.agency ? `- ${t('creditAgency')}: ${escapeMarkdown(credits.agency)}` : null,
    credits.poster ? `- ${t('creditPoster')}: ${escapeMarkdown(credits.poster)}` : null,
  ].filter((l): l is string => l !== null);
  if (creditLines.length) lines.push('', `## ${t('creditsHeading')}`, '', ...creditLines);

  lines.push('', `## ${t('evidenceFindings')}`, '');
  if (report.signals.length === 0) lines.push(t('evidenceNoFindings'));
  report.signals.forEach((signal, i) => {
    lines.push(`${i + 1}. **${t(SIGNAL_LABEL[signal.kind])}**`);
    if (signal.quote) lines.push(`   > ${escapeMarkdown(signal.quote)}`);
    if (signal.where) lines.push(`   - ${t('evidenceWhere')}: ${escapeMarkdown(signal.where)}`);
    if (signal.target)
      lines.push(
        `   - ${t('evidenceTarget')}: ${safeHref(signal.target) ? url(signal.target) : escapeMarkdown(signal.target)}`,
      );
  });

  if (report.candidates.length) {
    lines.push('', `## ${t('evidenceCandidates')}`, '');
    for (const c of report.candidates) {
      const share = c.containment === undefined ? '' : ` — ${t('candidateOverlap', formatPercent(c.containment))}`;
      lines.push(
        `- ${url(c.url)} — ${t(CANDIDATE_VIA_LABEL[c.via])} — ${t(CANDIDATE_OUTCOME_LABEL[c.outcome])}${share}`,
      );
    }
  }
  if (report.errors.length) {
    lines.push('', `## ${t('evidenceErrors')}`, '');
    for (const e of report.errors)
      lines.push(`- ${t(ERROR_LABEL[e.code] ?? 'errorUnknown')}${e.url ? ` (${url(e.url)})` : ''}`);
  }
  lines.push('', `_${t('mdFooter')}_`, '');
  return lines.join('\n');
}

function url(raw: string): string {
  const href = safeHref(raw);
  return href ? `<${href.replace(/[<>\s]/g, encodeURIComponent)}>` : markdownCode(raw);
}

function hash(value: string): string {
  return value.replace(/[^0-9a-fA-F]/g, '').slice(0, 128);
}
