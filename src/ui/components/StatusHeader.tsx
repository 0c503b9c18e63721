import type { ComponentChildren } from 'preact';
import { t } from '../../extension/i18n/t.ts';
import type { PopupStatus } from '../lib/popupStatus.ts';
import { statusTitleKey } from '../lib/statusWords.ts';
import { StatusIcon } from './StatusIcon.tsx';

/** The coloured band at the top: icon and words, so the state reads without colour. */
export function StatusHeader({ status, children }: { status: PopupStatus; children?: ComponentChildren }) {
  return (
    <div class={`status status-${status}`} role="status" aria-live="polite">
      <StatusIcon status={status} />
      <div class="status-text">
        <h1 class="status-title">{t(statusTitleKey(status))}</h1>
        {children ? (
          <p class="status-sub" dir="auto">
            {children}
          </p>
        ) : null}
      </div>
    </div>
  );
}
