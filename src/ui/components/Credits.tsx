import type { Credits as CreditsData } from '../../core/report.ts';
import { t } from '../../extension/i18n/t.ts';
import { truncate } from '../lib/truncate.ts';

const MAX_NAME = 60;
const MAX_NAMES = 8;

/** Who wrote and photographed the original, the agency, and who posted the copy. Names are page text: rendered as text. */
export function Credits({ credits, showPoster = true }: { credits: CreditsData; showPoster?: boolean }) {
  const rows: [string, string][] = [];
  if (credits.authors.length) rows.push([t('creditAuthors'), names(credits.authors)]);
  if (credits.photographers.length) rows.push([t('creditPhotographers'), names(credits.photographers)]);
  if (credits.agency) rows.push([t('creditAgency'), truncate(credits.agency, MAX_NAME)]);
  if (showPoster && credits.poster) rows.push([t('creditPoster'), truncate(credits.poster, MAX_NAME)]);
  if (!rows.length) return null;
  return (
    <dl class="credits">
      {rows.map(([label, value]) => (
        <div class="credit-row" key={label}>
          <dt>{label}</dt>
          <dd dir="auto">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function names(list: readonly string[]): string {
  const shown = list.slice(0, MAX_NAMES).map((n) => truncate(n, MAX_NAME));
  return list.length > MAX_NAMES ? `${shown.join(', ')}, …` : shown.join(', ');
}
