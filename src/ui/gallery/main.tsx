/**
 * A development gallery (not part of the extension build): every popup state, the compare view and the options page
 * rendered from the fixture reports, for design review and screenshots without a browser profile.
 * `?lang=vi` shows the Vietnamese catalog; the page follows the system's light/dark preference.
 */
import '../styles/theme.css';
import { render } from 'preact';
import vi from '../../../public/_locales/vi/messages.json';
import { CompareView } from '../compare/CompareView.tsx';
import type { Catalog } from '../i18n/createT.ts';
import { setCatalog } from '../i18n/t.ts';
import { OptionsPage } from '../options/OptionsPage.tsx';
import { Popup } from '../popup/Popup.tsx';
import {
  cleanReport,
  hostileReport,
  seedComparison,
  suspectedClaimed,
  suspectedSignals,
  syndicatedReport,
  tabState,
  verifiedSeed,
} from '../fixtures/reports.ts';
import type { TabState } from '../../extension/tabState.ts';

const lang = new URLSearchParams(location.search).get('lang') === 'vi' ? 'vi' : 'en';
if (lang === 'vi') setCatalog(vi as Catalog, 'vi');
document.documentElement.lang = lang;

const STATES: [string, TabState | null][] = [
  ['verified', tabState('done', verifiedSeed)],
  ['syndicated', tabState('done', syndicatedReport)],
  ['suspected-claimed', tabState('done', suspectedClaimed)],
  ['suspected-signals', tabState('done', suspectedSignals)],
  ['clean', tabState('done', cleanReport)],
  ['checking', tabState('checking')],
  ['error', tabState('error', null, { code: 'timeout', message: 'timeout' })],
  ['off', tabState('off')],
  ['unsupported', tabState('unsupported')],
  ['not-article', tabState('idle')],
  ['hostile', tabState('done', hostileReport)],
];

const noop = () => undefined;

function Gallery() {
  return (
    <div class="gallery">
      {STATES.map(([name, state]) => (
        <figure key={name} id={`state-${name}`} class="gallery-item page-popup">
          <figcaption>{name}</figcaption>
          <Popup
            state={state}
            flagged={false}
            locale={lang}
            onRecheck={noop}
            onEnableSite={noop}
            onOpenCompare={noop}
            onCopy={async () => true}
            onExport={noop}
            onToggleFlag={noop}
            onOpenOptions={noop}
          />
        </figure>
      ))}
      <figure id="compare" class="gallery-wide">
        <figcaption>compare</figcaption>
        <CompareView comparison={seedComparison} report={verifiedSeed} loading={false} />
      </figure>
      <figure id="options" class="gallery-wide">
        <figcaption>options</figcaption>
        <OptionsPage
          settings={{ enabled: true, disabledHosts: ['example.com', 'tin-tuc-rat-dai-va-ten-mien-cung-rat-dai.example.org'], checkMode: 'auto', allowPrivateAddresses: false, memorySize: 500 }}
          malformed
          saveError={null}
          flags={[{ url: verifiedSeed.url, title: verifiedSeed.page.title, originalUrl: verifiedSeed.original!.url, verdict: 'copy', note: 'chép nguyên văn', flaggedAt: Date.parse(verifiedSeed.checkedAt) }]}
          memoryCount={42}
          locale={lang}
          onChange={noop}
          onRemoveHost={noop}
          onClearMemory={noop}
          onUnflag={noop}
          onExportFlags={noop}
        />
      </figure>
    </div>
  );
}

const root = document.getElementById('app');
if (root) render(<Gallery />, root);
