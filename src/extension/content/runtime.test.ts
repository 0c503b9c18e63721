import { afterEach, describe, expect, test, vi } from 'vitest';

const g = globalThis as { chrome?: unknown; browser?: unknown };

/** A `chrome` global that counts how often the script touches it (each touch sets up bindings in a real browser). */
function fakeChrome() {
  const sent: unknown[] = [];
  let touched = 0;
  const runtime = {
    sendMessage(message: unknown) {
      sent.push(message);
      return Promise.resolve(null);
    },
    onMessage: { addListener: () => undefined },
  };
  Object.defineProperty(g, 'chrome', {
    configurable: true,
    get() {
      touched++;
      return { runtime };
    },
  });
  return { sent, touches: () => touched };
}

afterEach(() => {
  delete g.chrome;
  vi.resetModules();
});

describe('the content script’s runtime', () => {
  test('is not touched when the script is evaluated, only when a message goes', async () => {
    const chrome = fakeChrome();
    const { sendToBackground } = await import('./runtime.ts');
    expect(chrome.touches()).toBe(0);
    sendToBackground({ type: 'page-in-tab', url: 'https://news.example/a' });
    expect(chrome.touches()).toBe(1);
    expect(chrome.sent).toEqual([{ type: 'page-in-tab', url: 'https://news.example/a' }]);
  });

  test('a page without the extension API (context gone) gets no exception', async () => {
    const { sendToBackground } = await import('./runtime.ts');
    expect(() => sendToBackground({ type: 'page-in-tab', url: 'https://news.example/a' })).not.toThrow();
  });
});
