import type { Report, Signal } from '../../core/report.ts';
import {
  CANDIDATE_OUTCOME_LABEL,
  CANDIDATE_VIA_LABEL,
  ERROR_LABEL,
  PLACE_LABEL,
  SIGNAL_LABEL,
} from '../i18n/labels.ts';
import { t } from '../../extension/i18n/t.ts';
import { formatPercent } from '../lib/formatPercent.ts';
import { truncate } from '../lib/truncate.ts';
import { SafeLink } from './SafeLink.tsx';

const MAX_QUOTE = 400;
const MAX_URL = 90;
const MAX_ITEMS = 30;

/** The third layer, folded by default: every finding with its exact quote, every candidate tried, and the compare view. */
export function Evidence({ report, onOpenCompare }: { report: Report; onOpenCompare?: (() => void) | undefined }) {
  const count = report.signals.length;
  return (
    <details class="evidence">
      <summary>{t('evidenceHeading', count)}</summary>
      <div class="evidence-body">
        <h3>{t('evidenceFindings')}</h3>
        {count === 0 ? <p class="muted">{t('evidenceNoFindings')}</p> : null}
        <ul class="findings">
          {report.signals.slice(0, MAX_ITEMS).map((signal, i) => (
            <li key={i}>
              <strong>{t(SIGNAL_LABEL[signal.kind] ?? 'signalUnknown')}</strong>
              {signal.quote ? (
                <blockquote dir="auto" title={signal.quote}>
                  {truncate(signal.quote, MAX_QUOTE)}
                </blockquote>
              ) : null}
              {signal.place || signal.where ? (
                <p class="small" title={signal.where}>
                  {t('evidenceWhere')}: <span dir="auto">{placeOf(signal)}</span>
                </p>
              ) : null}
              {signal.target ? (
                <p class="small">
                  {t('evidenceTarget')}:{' '}
                  {/* A spam footer points at a warez site: quote it, never offer it as a link. */}
                  {signal.kind === 'spam-footer' ? (
                    <span class="url" dir="auto" title={signal.target}>
                      {truncate(signal.target, MAX_URL)}
                    </span>
                  ) : (
                    <SafeLink href={signal.target} class="url" title={signal.target}>
                      <span dir="auto">{truncate(signal.target, MAX_URL)}</span>
                    </SafeLink>
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {report.candidates.length ? (
          <>
            <h3>{t('evidenceCandidates')}</h3>
            <ul class="candidates">
              {report.candidates.slice(0, MAX_ITEMS).map((c, i) => (
                <li key={i}>
                  <SafeLink href={c.url} class="url" title={c.url}>
                    <span dir="auto">{truncate(c.url, MAX_URL)}</span>
                  </SafeLink>
                  <p class="small">
                    {t(CANDIDATE_VIA_LABEL[c.via] ?? 'viaUnknown')} ·{' '}
                    {t(CANDIDATE_OUTCOME_LABEL[c.outcome] ?? 'outcomeUnknown')}
                    {c.containment !== undefined ? ` · ${t('candidateOverlap', formatPercent(c.containment))}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {report.errors.length ? (
          <>
            <h3>{t('evidenceErrors')}</h3>
            <ul class="errors">
              {report.errors.slice(0, MAX_ITEMS).map((e, i) => (
                <li key={i}>
                  {t(ERROR_LABEL[e.code] ?? 'errorUnknown')}
                  {e.url ? (
                    <>
                      {' '}
                      <SafeLink href={e.url} class="url" title={e.url}>
                        <span dir="auto">{truncate(e.url, MAX_URL)}</span>
                      </SafeLink>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {report.original && onOpenCompare ? (
          <button type="button" class="button" onClick={onOpenCompare}>
            {t('actionCompare')}
          </button>
        ) : null}
      </div>
    </details>
  );
}

/** Where a finding sits, in the reader's language; the technical detail (English) only when core gave no place. */
function placeOf(signal: Signal): string {
  if (!signal.place) return truncate(signal.where ?? '', 120);
  const place = t(PLACE_LABEL[signal.place]);
  return signal.hiddenBy ? `${place}, ${t('evidenceHiddenBy', truncate(signal.hiddenBy, 40))}` : place;
}
