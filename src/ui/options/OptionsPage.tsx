import { useState } from 'preact/hooks';
import type { Flag } from '../../extension/storage/flags.ts';
import type { Settings } from '../../extension/storage/settings.ts';
import { MAX_MEMORY_SIZE } from '../../extension/storage/settings.ts';
import { SafeLink } from '../components/SafeLink.tsx';
import { t } from '../../extension/i18n/t.ts';
import { formatDate } from '../lib/formatDate.ts';
import { truncate } from '../lib/truncate.ts';
import { BatchCheckSection, type BatchCheckSectionProps } from './BatchCheckSection.tsx';

export type FlagExportFormat = 'json' | 'csv';

export interface OptionsPageProps {
  settings: Settings;
  /** The stored settings could not be read as they were and were repaired to defaults. */
  malformed: boolean;
  /** Why the last save failed, in words; null when it did not. */
  saveError: string | null;
  flags: Flag[];
  /** Articles in the local memory, when known. */
  memoryCount: number | null;
  /** Bytes the extension's storage takes (the memory is nearly all of it), when the browser tells. */
  memoryBytes?: number | null;
  /** The browser refused a write for lack of space and the oldest pages were dropped. */
  memoryQuotaError?: boolean;
  locale: string;
  onChange: (patch: Partial<Settings>) => void;
  onRemoveHost: (host: string) => void;
  onClearMemory: () => Promise<void> | void;
  /** Forgets the pages of one site (and its subdomains); resolves to how many went. */
  onForgetSite?: (host: string) => Promise<number>;
  /** Saves the memory as a file another browser imports. */
  onExportMemory?: () => Promise<void>;
  /** Adds the pages of an exported file's text; resolves to what was added and what was skipped. */
  onImportMemory?: (text: string) => Promise<{ added: number; skipped: number }>;
  onUnflag: (url: string) => void;
  onExportFlags: (format: FlagExportFormat) => void;
  /** Checking a list of pages; without it (a screenshot of the page) the section is left out. */
  onCheckUrls?: BatchCheckSectionProps['onCheck'];
  onExportBatch?: BatchCheckSectionProps['onExport'];
}

/** The options page: on/off, when to check, per-site exceptions, memory, the flagged pages, and a list to check. */
export function OptionsPage(props: OptionsPageProps) {
  const { settings } = props;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {props.malformed ? (
        <p class="callout callout-warn" role="alert">
          {t('settingsMalformed')}
        </p>
      ) : null}
      {props.saveError ? (
        <p class="callout callout-error" role="alert">
          {t('settingsSaveFailed', props.saveError)}
        </p>
      ) : null}

      <section aria-labelledby="opt-checking">
        <h2 id="opt-checking">{t('optionsChecking')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => props.onChange({ enabled: e.currentTarget.checked })}
          />
          {t('optionsEnabled')}
        </label>
        <fieldset disabled={!settings.enabled}>
          <legend>{t('optionsWhen')}</legend>
          <label class="check">
            <input
              type="radio"
              name="checkMode"
              value="auto"
              checked={settings.checkMode === 'auto'}
              onChange={() => props.onChange({ checkMode: 'auto' })}
            />
            {t('optionsModeAuto')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="checkMode"
              value="click"
              checked={settings.checkMode === 'click'}
              onChange={() => props.onChange({ checkMode: 'click' })}
            />
            {t('optionsModeClick')}
          </label>
        </fieldset>
      </section>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">{t('optionsSites')}</h2>
        <p class="muted">{t('optionsSitesHelp')}</p>
        {settings.disabledHosts.length === 0 ? <p class="muted">{t('optionsSitesNone')}</p> : null}
        <ul class="list">
          {settings.disabledHosts.map((host) => (
            <li key={host}>
              <span class="host" dir="auto">
                {truncate(host, 80)}
              </span>
              <button
                type="button"
                class="button small"
                aria-label={t('optionsSiteRemoveLabel', host)}
                onClick={() => props.onRemoveHost(host)}
              >
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <MemorySection {...props} />

      <section aria-labelledby="opt-flags">
        <h2 id="opt-flags">{t('optionsFlags')}</h2>
        {props.flags.length === 0 ? (
          <p class="muted">{t('optionsFlagsNone')}</p>
        ) : (
          <p class="muted">{t('optionsFlagsCount', props.flags.length)}</p>
        )}
        <div class="button-row">
          <button
            type="button"
            class="button"
            disabled={props.flags.length === 0}
            onClick={() => props.onExportFlags('json')}
          >
            {t('optionsExportJson')}
          </button>
          <button
            type="button"
            class="button"
            disabled={props.flags.length === 0}
            onClick={() => props.onExportFlags('csv')}
          >
            {t('optionsExportCsv')}
          </button>
        </div>
        <ul class="list flags">
          {props.flags.map((flag) => (
            <li key={flag.url}>
              <div class="flag-text">
                <SafeLink href={flag.url} class="title-link" title={flag.url}>
                  <span dir="auto">{truncate(flag.title ?? flag.url, 120)}</span>
                </SafeLink>
                <p class="small muted">
                  {formatDate(new Date(flag.flaggedAt).toISOString(), props.locale) ?? ''}
                  {flag.note ? (
                    <>
                      {' · '}
                      <span dir="auto">{truncate(flag.note, 200)}</span>
                    </>
                  ) : null}
                </p>
              </div>
              <button
                type="button"
                class="button small"
                aria-label={t('actionUnflagLabel', flag.title ?? flag.url)}
                onClick={() => props.onUnflag(flag.url)}
              >
                {t('actionUnflag')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      {props.onCheckUrls && props.onExportBatch ? (
        <BatchCheckSection onCheck={props.onCheckUrls} onExport={props.onExportBatch} />
      ) : null}
    </main>
  );
}

function MemorySection({
  settings,
  memoryCount,
  memoryBytes,
  memoryQuotaError,
  onChange,
  onClearMemory,
  onForgetSite,
  onExportMemory,
  onImportMemory,
}: OptionsPageProps) {
  const [cleared, setCleared] = useState(false);
  const [site, setSite] = useState('');
  const [notice, setNotice] = useState('');
  return (
    <section aria-labelledby="opt-memory">
      <h2 id="opt-memory">{t('optionsMemory')}</h2>
      <p class="muted">{t('optionsMemoryHelp')}</p>
      <label class="field">
        <span>{t('optionsMemorySize')}</span>
        <input
          type="number"
          min={0}
          max={MAX_MEMORY_SIZE}
          step={50}
          value={settings.memorySize}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isInteger(n) && n >= 0 && n <= MAX_MEMORY_SIZE) onChange({ memorySize: n });
          }}
        />
      </label>
      {memoryCount !== null ? <p>{t('optionsMemoryCount', memoryCount)}</p> : null}
      {typeof memoryBytes === 'number' ? <p>{t('optionsMemoryBytes', (memoryBytes / 1e6).toFixed(1))}</p> : null}
      {memoryQuotaError ? <p role="status">{t('optionsMemoryQuota')}</p> : null}
      <button
        type="button"
        class="button"
        onClick={async () => {
          await onClearMemory();
          setCleared(true);
        }}
      >
        {t('optionsMemoryClear')}
      </button>
      {onExportMemory ? (
        <button type="button" class="button" onClick={() => void onExportMemory()}>
          {t('optionsMemoryExport')}
        </button>
      ) : null}
      <p role="status" class="notice">
        {cleared ? t('optionsMemoryCleared') : ''}
      </p>
      {onForgetSite ? (
        <form
          class="field"
          onSubmit={async (e) => {
            e.preventDefault();
            const host = hostOf(site);
            if (!host) return;
            setNotice(t('optionsMemoryForgotten', await onForgetSite(host), host));
          }}
        >
          <label>
            <span>{t('optionsMemoryForgetSite')}</span>
            <input type="text" value={site} placeholder="example.com" onInput={(e) => setSite(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button small">
            {t('optionsMemoryForget')}
          </button>
        </form>
      ) : null}
      {onImportMemory ? (
        <label class="field">
          <span>{t('optionsMemoryImport')}</span>
          <input
            type="file"
            accept=".jsonl,.json,application/json,text/plain"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const { added, skipped } = await onImportMemory(await file.text());
              setNotice(t('optionsMemoryImported', added, skipped));
            }}
          />
        </label>
      ) : null}
      <p role="status" class="notice">
        {notice}
      </p>
    </section>
  );
}

/** What the reader typed as a site: a host name, or the host of a pasted address; null when it is neither. */
export function hostOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
    return host.includes('.') && host.length <= 253 ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
