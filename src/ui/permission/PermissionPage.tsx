import { useState } from 'preact/hooks';
import { t } from '../../extension/i18n/t.ts';

export interface PermissionPageProps {
  /** `permissions.request` for access to websites; true when the reader allowed it. */
  request: () => Promise<boolean>;
}

/** What Provenance fetches and why, then one button that asks the browser for access to websites. */
export function PermissionPage({ request }: PermissionPageProps) {
  const [answer, setAnswer] = useState<'granted' | 'denied' | null>(null);
  const ask = () => {
    request().then(
      (granted) => setAnswer(granted ? 'granted' : 'denied'),
      () => setAnswer('denied'),
    );
  };
  return (
    <main class="permission">
      <h1>{t('permissionTitle')}</h1>
      <p>{t('permissionWhy')}</p>
      <p>{t('permissionWhat')}</p>
      <p class="muted">{t('permissionStays')}</p>
      <button type="button" class="button primary" onClick={ask}>
        {t('permissionAsk')}
      </button>
      <p role="status" class="notice">
        {answer === 'granted' ? t('permissionGranted') : answer === 'denied' ? t('permissionDenied') : ''}
      </p>
    </main>
  );
}
