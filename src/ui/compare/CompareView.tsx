import type { ComparedParagraph, Comparison, Report } from '../../core/report.ts';
import { SafeLink } from '../components/SafeLink.tsx';
import { t, type MessageKey } from '../../extension/i18n/t.ts';
import { formatPercent } from '../lib/formatPercent.ts';
import { splitSpans } from '../lib/splitSpans.ts';
import { strippedCredits, type StrippedCredit } from '../lib/strippedCredits.ts';
import { truncate } from '../lib/truncate.ts';

export interface CompareViewProps {
  comparison: Comparison | null;
  /** The tab's report, for the overlap figure and the credits the copy stripped. */
  report: Report | null;
  loading: boolean;
}

const MAX_PARAGRAPHS = 400;

type Side = 'copy' | 'original';

const PARA_LABEL: Record<Side, Record<ComparedParagraph['status'], MessageKey | null>> = {
  copy: { same: null, altered: 'paraAlteredInCopy', unique: 'paraAddedByCopy' },
  original: { same: null, altered: 'paraAltered', unique: 'paraDroppedByCopy' },
};

const ROLE_LABEL: Record<StrippedCredit['role'], MessageKey> = {
  author: 'roleAuthor',
  photographer: 'rolePhotographer',
  agency: 'roleAgency',
};

/** The copy and the original side by side: shared text highlighted, dropped and altered paragraphs marked. */
export function CompareView({ comparison, report, loading }: CompareViewProps) {
  if (loading) {
    return (
      <main class="compare">
        <h1>{t('compareTitle')}</h1>
        <p role="status">{t('compareLoading')}</p>
      </main>
    );
  }
  if (!comparison) {
    return (
      <main class="compare">
        <h1>{t('compareTitle')}</h1>
        <p role="status">{t('compareUnavailable')}</p>
      </main>
    );
  }
  const stripped = report ? strippedCredits(report, comparison) : [];
  const original = report?.original;
  return (
    <main class="compare">
      <header class="compare-header">
        <h1>{t('compareTitle')}</h1>
        {original ? <p class="overlap-line">{t('overlapLine', formatPercent(original.overlap.containment))}</p> : null}
        <ul class="legend" aria-label={t('compareLegend')}>
          <li>
            <mark>{t('legendShared')}</mark>
          </li>
          <li>
            <span class="para-tag tag-altered">{t('paraAltered')}</span>
          </li>
          <li>
            <span class="para-tag tag-unique">{t('paraDroppedByCopy')}</span>
          </li>
          <li>
            <span class="para-tag tag-unique">{t('paraAddedByCopy')}</span>
          </li>
        </ul>
        {stripped.length ? (
          <div class="callout callout-warn" role="note">
            <strong>{t('strippedCreditsHeading')}</strong>
            <ul>
              {stripped.map((c) => (
                <li key={c.name}>
                  <span dir="auto">{truncate(c.name, 60)}</span> ({t(ROLE_LABEL[c.role])})
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {report?.credits.poster ? (
          <p class="poster">
            {t('creditPoster')}: <span dir="auto">{truncate(report.credits.poster, 60)}</span>
          </p>
        ) : null}
      </header>
      <div class="columns">
        <Column side="copy" heading={t('compareCopy')} doc={comparison.copy} />
        <Column side="original" heading={t('compareOriginal')} doc={comparison.original} />
      </div>
    </main>
  );
}

function Column({ side, heading, doc }: { side: Side; heading: string; doc: Comparison['copy'] }) {
  const id = `col-${side}`;
  return (
    <section class={`column column-${side}`} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p class="column-source">
        {doc.title ? (
          <>
            <span dir="auto" class="column-title">
              {truncate(doc.title, 200)}
            </span>
            <br />
          </>
        ) : null}
        <SafeLink href={doc.url} class="url" title={doc.url}>
          <span dir="auto">{truncate(doc.url, 200)}</span>
        </SafeLink>
      </p>
      {doc.paragraphs.slice(0, MAX_PARAGRAPHS).map((p, i) => {
        const label = PARA_LABEL[side][p.status];
        return (
          <div class={`para para-${p.status}`} key={i}>
            {label ? <span class={`para-tag tag-${p.status}`}>{t(label)}</span> : null}
            <p dir="auto">
              {splitSpans(p.text, p.spans).map((s, j) =>
                s.marked ? <mark key={j}>{s.text}</mark> : <span key={j}>{s.text}</span>,
              )}
            </p>
          </div>
        );
      })}
    </section>
  );
}
