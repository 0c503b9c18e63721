// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { t } from '../../extension/i18n/t.ts';
import { PermissionPage } from './PermissionPage.tsx';

afterEach(cleanup);

describe('PermissionPage', () => {
  test('says why and what is fetched before asking', () => {
    render(<PermissionPage request={vi.fn(async () => true)} />);
    for (const key of ['permissionTitle', 'permissionWhy', 'permissionWhat', 'permissionStays'] as const)
      expect(screen.getByText(t(key))).toBeTruthy();
  });

  test.each<[string, () => Promise<boolean>, 'permissionGranted' | 'permissionDenied']>([
    ['allowed', async () => true, 'permissionGranted'],
    ['refused', async () => false, 'permissionDenied'],
    ['failed', async () => Promise.reject(new Error('x')), 'permissionDenied'],
  ])('asks through permissions.request on click: %s', async (_name, answer, key) => {
    const request = vi.fn(answer);
    render(<PermissionPage request={request} />);
    fireEvent.click(screen.getByRole('button', { name: t('permissionAsk') }));
    expect(request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(t(key)));
  });
});
