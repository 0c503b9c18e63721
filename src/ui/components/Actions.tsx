import { useState } from 'preact/hooks';
import type { Report } from '../../core/report.ts';
import { t, type MessageKey } from '../../extension/i18n/t.ts';
import { distinctiveSentence } from '../lib/distinctiveSentence.ts';
import { formatCitation, type CitationFormat } from '../lib/formatCitation.ts';
import { archiveUrl, searchUrl } from '../lib/lookupLinks.ts';
import { safeHref } from '../lib/safeHref.ts';

export type ExportFormat = 'json' | 'markdown';

export interface ActionsProps {
  report: Report;
  flagged: boolean;
  /** Writes text to the clipboard; resolves false when the browser refused. */
  onCopy: (text: string) => Promise<boolean>;
  onExport: (format: ExportFormat) => void;
  onToggleFlag: (flag: boolean) => void;
}

/** What a reader or fact-checker does next: open, cite, export, look up, flag. */
export function Actions({ report, flagged, onCopy, onExport, onToggleFlag }: ActionsProps) {
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const originalHref = safeHref(report.original?.url);
  // The original when known; else the URL the page names (an unreachable source is often still archived); else the page.
  const archive = archiveUrl(report.original?.url ?? safeHref(report.claimedSource) ?? report.url);
  const search = report.original ? null : searchUrl(distinctiveSentence(report));

  const copy = async (format: CitationFormat) => {
    const ok = await onCopy(formatCitation(report, format)).catch(() => false);
    setNotice(ok ? (format === 'markdown' ? 'copiedMarkdown' : 'copiedCitation') : 'copyFailed');
  };

  return (
    <section class="actions" aria-label={t('actionsHeading')}>
      {originalHref ? (
        <a class="button primary" href={originalHref} target="_blank" rel="noopener noreferrer">
          {t('actionOpenOriginal')}
        </a>
      ) : null}
      {search ? (
        <a class="button primary" href={search} target="_blank" rel="noopener noreferrer">
          {t('actionSearchOriginal')}
        </a>
      ) : null}
      <div class="button-row">
        <button type="button" class="button" onClick={() => void copy('text')}>
          {t('actionCopyCitation')}
        </button>
        <button type="button" class="button" onClick={() => void copy('markdown')}>
          {t('actionCopyMarkdown')}
        </button>
      </div>
      <div class="button-row">
        <button type="button" class="button" onClick={() => onExport('json')}>
          {t('actionExportJson')}
        </button>
        <button type="button" class="button" onClick={() => onExport('markdown')}>
          {t('actionExportMarkdown')}
        </button>
      </div>
      <div class="button-row">
        {archive ? (
          <a class="button" href={archive} target="_blank" rel="noopener noreferrer">
            {t('actionArchive')}
          </a>
        ) : null}
        <button type="button" class="button" aria-pressed={flagged} onClick={() => onToggleFlag(!flagged)}>
          {flagged ? t('actionUnflag') : t('actionFlag')}
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {notice ? t(notice) : ''}
      </p>
    </section>
  );
}
