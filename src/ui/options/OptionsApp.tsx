/**
 * The options page's container: settings, flags, the memory and lists of pages to check through messages (the
 * background is the one writer and the one checker), and the stored settings read raw to tell the user when they were
 * repaired.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../../extension/browser.ts';
import { send } from '../../extension/messaging.ts';
import type { Flag } from '../../extension/storage/flags.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../extension/storage/settings.ts';
import { downloadText } from '../download.ts';
import { uiLanguage } from '../../extension/i18n/t.ts';
import { exportFilename } from '../lib/exportFilename.ts';
import { batchToCsv, batchToJson } from '../lib/batchResults.ts';
import { flagsToCsv, flagsToJson } from '../lib/flags.ts';
import { readSettings } from '../lib/settingsRepaired.ts';
import { checkInChunks } from './checkInChunks.ts';
import { collectExport, importParts } from './memoryFile.ts';
import { OptionsPage } from './OptionsPage.tsx';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS, disabledHosts: [] });
  const [malformed, setMalformed] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [flags, setFlags] = useState<Flag[]>([]);
  const [memoryCount, setMemoryCount] = useState<number | null>(null);
  const [memoryBytes, setMemoryBytes] = useState<number | null>(null);
  const [memoryQuotaError, setMemoryQuotaError] = useState(false);
  // A change made before the stored settings arrive wins over them: the answer to the first read is older.
  const changed = useRef(false);

  const countMemory = async () => {
    const stats = await send({ type: 'memory-stats' }).catch(() => null);
    setMemoryCount(stats ? stats.pages : null);
    setMemoryBytes(typeof stats?.bytes === 'number' ? stats.bytes : null);
    setMemoryQuotaError(typeof stats?.quotaError === 'string');
  };

  useEffect(() => {
    void (async () => {
      const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
      const answer = await send({ type: 'get-settings' }).catch(() => null);
      const fromBackground = readSettings(answer);
      if (!changed.current) setSettings(fromBackground.settings);
      setMalformed(readSettings(stored[SETTINGS_KEY]).malformed || fromBackground.malformed);
      setFlags(await send({ type: 'list-flags' }).catch(() => []));
      await countMemory();
    })();
  }, []);

  const save = (patch: Partial<Settings>) => {
    changed.current = true;
    setSettings((s) => ({ ...s, ...patch }));
    send({ type: 'set-settings', settings: patch }).then(
      (next) => {
        setSettings(readSettings(next).settings);
        setSaveError(null);
        setMalformed(false);
      },
      (error: unknown) =>
        setSaveError(error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)),
    );
  };

  return (
    <OptionsPage
      settings={settings}
      malformed={malformed}
      saveError={saveError}
      flags={flags}
      memoryCount={memoryCount}
      memoryBytes={memoryBytes}
      memoryQuotaError={memoryQuotaError}
      locale={uiLanguage()}
      onChange={save}
      onRemoveHost={(host) => {
        void send({ type: 'set-site-enabled', host, enabled: true }).then((next) =>
          setSettings(readSettings(next).settings),
        );
      }}
      onClearMemory={async () => {
        const stats = await send({ type: 'clear-memory' }).catch(() => null);
        setMemoryCount(stats ? stats.pages : null);
      }}
      onForgetSite={async (host) => {
        const answer = await send({ type: 'forget-site', host }).catch(() => null);
        if (answer) setMemoryCount(answer.pages);
        return answer?.removed ?? 0;
      }}
      onExportMemory={async () => {
        const text = await collectExport((after) => send({ type: 'export-memory', after }));
        downloadText(
          exportFilename('provenance-memory', null, new Date().toISOString(), 'jsonl'),
          'application/x-ndjson',
          text,
        );
      }}
      onImportMemory={async (text) => {
        const { parts, tooLong } = importParts(text);
        let added = 0;
        let skipped = tooLong;
        for (const part of parts) {
          const answer = await send({ type: 'import-memory', text: part }).catch(() => null);
          if (!answer) {
            skipped += part.split('\n').filter(Boolean).length - 1;
            continue;
          }
          added += answer.added;
          skipped += answer.rejected;
          setMemoryCount(answer.pages);
        }
        return { added, skipped };
      }}
      onUnflag={(url) => {
        void send({ type: 'unflag', url }).then(setFlags);
      }}
      onExportFlags={(format) => {
        const now = new Date().toISOString();
        const name = exportFilename('provenance-flags', null, now, format);
        if (format === 'json') downloadText(name, 'application/json', flagsToJson(flags, now));
        else downloadText(name, 'text/csv', flagsToCsv(flags));
      }}
      onCheckUrls={(urls, onProgress) =>
        checkInChunks(urls, (chunk) => send({ type: 'check-urls', urls: chunk }), onProgress)
      }
      onExportBatch={(format, rows) => {
        const now = new Date().toISOString();
        const name = exportFilename('provenance-check', null, now, format);
        if (format === 'json') downloadText(name, 'application/json', batchToJson(rows, now));
        else downloadText(name, 'text/csv', batchToCsv(rows));
      }}
    />
  );
}
