// @vitest-environment happy-dom
/** The container speaks the background's message contract: these pin the messages it sends and what it does with the answers. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { suspectedClaimed, tabState, verifiedSeed } from '../fixtures/reports.ts';
import type { TabState } from '../../extension/tabState.ts';

const sent: unknown[] = [];
let current: TabState | null = null;
let flags: { url: string }[] = [];

vi.mock('../../extension/messaging.ts', () => ({
  send: vi.fn(async (message: { type: string; url?: string }) => {
    sent.push(message);
    switch (message.type) {
      case 'get-tab-state':
        return current;
      case 'recheck':
        return { ...current, status: 'checking' };
      case 'list-flags':
        return flags;
      case 'flag-page':
        flags = [{ url: current!.url }];
        return flags;
      case 'unflag':
        flags = flags.filter((f) => f.url !== message.url);
        return flags;
      case 'set-site-enabled':
        return {};
      default:
        return null;
    }
  }),
}));

const tabsCreate = vi.fn(async () => ({}));
type StorageListener = (changes: Record<string, unknown>, area: string) => void;
const storageListeners = new Set<StorageListener>();
/** What the browser does when the background writes a storage area: tell every listener. */
const storageChanged = (area: string, changes: Record<string, unknown>) =>
  act(() => {
    for (const listener of storageListeners) listener(changes, area);
  });
vi.mock('../../extension/browser.ts', () => ({
  browser: {
    tabs: { query: vi.fn(async () => [{ id: 7 }]), create: (...args: unknown[]) => tabsCreate(...(args as [])) },
    runtime: { openOptionsPage: vi.fn(async () => undefined) },
    storage: {
      onChanged: {
        addListener: (listener: StorageListener) => storageListeners.add(listener),
        removeListener: (listener: StorageListener) => storageListeners.delete(listener),
      },
    },
  },
}));

const { PopupApp } = await import('./PopupApp.tsx');

beforeEach(() => {
  sent.length = 0;
  flags = [];
  window.close = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PopupApp', () => {
  test('opened as a page with ?tab=<id>, it shows that tab rather than the active one', async () => {
    current = tabState('done', verifiedSeed);
    history.replaceState(null, '', '?tab=42');
    try {
      render(<PopupApp />);
      await waitFor(() => expect(sent).toContainEqual({ type: 'get-tab-state', tabId: 42 }));
      expect(sent).not.toContainEqual({ type: 'get-tab-state', tabId: 7 });
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  test('asks for the active tab’s state and shows it', async () => {
    current = tabState('done', verifiedSeed);
    render(<PopupApp />);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Copied from another article'),
    );
    expect(sent).toContainEqual({ type: 'get-tab-state', tabId: 7 });
    expect(sent).toContainEqual({ type: 'list-flags' });
  });

  test('flags and unflags the page by the contract’s messages', async () => {
    current = tabState('done', verifiedSeed);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Flag as a copy' }));
    await screen.findByRole('button', { name: 'Remove flag' });
    expect(sent).toContainEqual({ type: 'flag-page', tabId: 7 });
    fireEvent.click(screen.getByRole('button', { name: 'Remove flag' }));
    await screen.findByRole('button', { name: 'Flag as a copy' });
    expect(sent).toContainEqual({ type: 'unflag', url: verifiedSeed.url });
  });

  test('a page already flagged shows as flagged', async () => {
    current = tabState('done', suspectedClaimed);
    flags = [{ url: suspectedClaimed.url }];
    render(<PopupApp />);
    expect(await screen.findByRole('button', { name: 'Remove flag' })).toBeTruthy();
  });

  test('check again sends recheck and shows checking', async () => {
    current = tabState('done', verifiedSeed);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checking this page…'));
    expect(sent).toContainEqual({ type: 'recheck', tabId: 7 });
  });

  test('turning a site back on names its host', async () => {
    current = tabState('off');
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on for this site' }));
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'set-site-enabled', host: 'tinnhanh-tonghop24h.net', enabled: true }),
    );
  });

  test('the compare view opens in a tab for this tab id', async () => {
    current = tabState('done', verifiedSeed);
    const { container } = render(<PopupApp />);
    await screen.findByRole('heading', { level: 1 });
    container.querySelector('details')?.setAttribute('open', '');
    fireEvent.click(screen.getByRole('button', { name: 'Compare side by side' }));
    expect(tabsCreate).toHaveBeenCalledWith({ url: expect.stringMatching(/\/compare\/index\.html\?tab=7$/) });
  });

  test('re-renders when the background writes its tab’s state to storage.session, with no timer', async () => {
    // setInterval is faked and never advanced: the update can only come from the storage event (no polling).
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    current = tabState('checking');
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checking this page…'));
    expect(storageListeners.size).toBe(1);
    const reads = () => sent.filter((m) => (m as { type: string }).type === 'get-tab-state').length;
    const before = reads();

    current = tabState('done', verifiedSeed);
    // Writes to another tab's key or to another area are not this popup's business.
    await storageChanged('session', { 'tab:8': { newValue: {} } });
    await storageChanged('local', { 'tab:7': { newValue: {} } });
    expect(reads()).toBe(before);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checking this page…');

    await storageChanged('session', { 'tab:7': { newValue: current } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Copied from another article'),
    );
    expect(reads()).toBe(before + 1);
  });

  test('stops listening when the popup goes away', async () => {
    current = tabState('done', verifiedSeed);
    const { unmount } = render(<PopupApp />);
    await screen.findByRole('heading', { level: 1 });
    expect(storageListeners.size).toBe(1);
    unmount();
    expect(storageListeners.size).toBe(0);
  });
});
