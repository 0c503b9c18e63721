// @vitest-environment happy-dom
/** The options container: settings, flags and memory through messages, repaired settings announced. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const sent: unknown[] = [];
/** When set, the first read of the settings answers only once this resolves (a slow background). */
let slowRead: Promise<void> | null = null;
let stored: Record<string, unknown> = {};
const settings = { enabled: true, disabledHosts: ['example.com'], checkMode: 'auto', memorySize: 500 };

vi.mock('../../extension/messaging.ts', () => ({
  send: vi.fn(async (message: { type: string; settings?: object; urls?: string[] }) => {
    sent.push(message);
    if (message.type === 'check-urls') {
      return (message.urls ?? []).map((url) => ({
        url,
        status: 'done',
        verdict: 'clean',
        trust: 'none',
        syndicated: false,
        originalUrl: null,
        publisher: null,
        authors: [],
        containment: null,
        error: null,
      }));
    }
    if (message.type === 'get-settings') {
      if (slowRead) await slowRead;
      return settings;
    }
    if (message.type === 'set-settings') return { ...settings, ...message.settings };
    if (message.type === 'list-flags') return [];
    if (message.type === 'memory-stats') return { pages: Array.isArray(stored.memory) ? stored.memory.length : 0 };
    if (message.type === 'clear-memory') {
      delete stored.memory;
      return { pages: 0 };
    }
    return settings;
  }),
}));

vi.mock('../../extension/browser.ts', () => ({
  browser: {
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in stored ? { [key]: stored[key] } : {})),
      },
    },
  },
}));

const { OptionsApp } = await import('./OptionsApp.tsx');

beforeEach(() => {
  sent.length = 0;
  stored = { memory: [{ url: 'https://a.example/', title: null, visitedAt: 1, sketch: [1, 2, 3] }] };
});
afterEach(cleanup);

describe('OptionsApp', () => {
  test('loads settings, flags and the memory count', async () => {
    render(<OptionsApp />);
    await screen.findByText('Remembered now: 1');
    expect(sent).toContainEqual({ type: 'get-settings' });
    expect(sent).toContainEqual({ type: 'list-flags' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('says so when the stored settings were malformed', async () => {
    stored.settings = { version: 1, values: { enabled: 'yes', checkMode: 42 } };
    render(<OptionsApp />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read/);
  });

  test('a change made before the stored settings arrive is not undone by their late answer', async () => {
    let answer!: () => void;
    slowRead = new Promise((resolve) => (answer = resolve));
    try {
      render(<OptionsApp />);
      const click = await screen.findByRole('radio', { name: 'Only when I click the Provenance button' });
      fireEvent.click(click);
      answer();
      await waitFor(() => expect(sent).toContainEqual({ type: 'list-flags' }));
      expect(
        (screen.getByRole('radio', { name: 'Only when I click the Provenance button' }) as HTMLInputElement).checked,
      ).toBe(true);
    } finally {
      slowRead = null;
    }
  });

  test('changes are sent as a patch', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Only when I click the Provenance button' }));
    await waitFor(() => expect(sent).toContainEqual({ type: 'set-settings', settings: { checkMode: 'click' } }));
  });

  test('clear memory asks the background, the one writer of the memory', async () => {
    render(<OptionsApp />);
    await screen.findByText('Remembered now: 1');
    fireEvent.click(screen.getByRole('button', { name: 'Clear memory' }));
    await screen.findByText('Remembered now: 0');
    expect(sent).toContainEqual({ type: 'clear-memory' });
    expect(stored.memory).toBeUndefined();
  });
});

describe('OptionsApp: a list of pages', () => {
  test('is sent to the background a few URLs per message, and every row comes back', async () => {
    render(<OptionsApp />);
    const urls = Array.from({ length: 6 }, (_, i) => `https://s${i}.example/a`);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Addresses to check' }), {
      target: { value: urls.join('\n') },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check these pages' }));
    await screen.findByText('Checked 6 pages.');
    const batches = sent.filter(
      (m): m is { type: string; urls: string[] } => (m as { type: string }).type === 'check-urls',
    );
    expect(batches.flatMap((m) => m.urls)).toEqual(urls);
    expect(batches.length).toBeGreaterThan(1);
    expect(screen.getAllByText('No signs that this page copies another')).toHaveLength(6);
  });
});
