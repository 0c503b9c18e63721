import type { Report } from '../../core/report.ts';
import { t } from '../../extension/i18n/t.ts';
import { formatDate } from '../lib/formatDate.ts';
import { formatPercent } from '../lib/formatPercent.ts';
import { safeHref } from '../lib/safeHref.ts';
import { trustKey } from '../lib/statusWords.ts';
import { truncate } from '../lib/truncate.ts';
import { Credits } from './Credits.tsx';
import { SafeLink } from './SafeLink.tsx';

const MAX_TITLE = 140;
const MAX_URL = 90;

/** The second layer: what the original is, how much was taken, who made it, and how sure we are. */
export function Summary({ report, locale }: { report: Report; locale: string }) {
  const original = report.original;
  return (
    <section class="summary" aria-label={t('summaryHeading')}>
      <p class={`trust trust-${report.trust}`}>{t(trustKey(report))}</p>
      {original ? (
        <div class="original">
          <h2 class="section-label">{t('originalHeading')}</h2>
          <p class="original-title">
            <SafeLink href={original.url} class="title-link" title={original.title ?? original.url}>
              <span dir="auto">{truncate(original.title ?? original.url, MAX_TITLE)}</span>
            </SafeLink>
          </p>
          <p class="meta">
            {original.publisher ? <span dir="auto">{truncate(original.publisher, 60)}</span> : null}
            {original.publisher ? ' · ' : null}
            <span class="host">{hostOf(original.url)}</span>
          </p>
          <Dates report={report} locale={locale} />
          <Overlap
            share={original.overlap.containment}
            excerptOf={report.reasons.includes('excerpt') ? original.overlap.coverage : null}
          />
        </div>
      ) : report.claimedSource ? (
        <p class="claimed">
          <span class="section-label">{t('claimedSourceLabel')}</span>{' '}
          <SafeLink href={report.claimedSource} class="url" title={report.claimedSource}>
            <span dir="auto">{truncate(report.claimedSource, MAX_URL)}</span>
          </SafeLink>
        </p>
      ) : null}
      <Credits credits={report.credits} />
    </section>
  );
}

function Dates({ report, locale }: { report: Report; locale: string }) {
  const originalDate = formatDate(report.original?.published, locale);
  const pageDate = formatDate(report.page.published, locale);
  if (!originalDate && !pageDate) return null;
  return (
    <p class="dates">
      {originalDate ? <span>{t('dateOriginal', originalDate)}</span> : null}
      {originalDate && pageDate ? ' · ' : null}
      {pageDate ? <span>{t('dateThisPage', pageDate)}</span> : null}
    </p>
  );
}

function Overlap({ share, excerptOf }: { share: number; excerptOf: number | null }) {
  const percent = formatPercent(share);
  return (
    <div class="overlap">
      <div class="meter" aria-hidden="true">
        <div class="meter-fill" style={{ width: `${percent}%` }} />
      </div>
      <p>{t('overlapLine', percent)}</p>
      {excerptOf !== null ? <p>{t('excerptLine', formatPercent(excerptOf))}</p> : null}
    </div>
  );
}

function hostOf(url: string): string {
  const href = safeHref(url);
  return href ? new URL(href).hostname : truncate(url, 40);
}
