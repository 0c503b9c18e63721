import { describe, expect, test } from 'vitest';
import { askTabForPage, SNAPSHOT_SCRIPT, type TabApi } from './askTabForPage.ts';

function fakeTab(answers: unknown[], injectFails = false) {
  const calls: string[] = [];
  const api: TabApi = {
    scripting: {
      executeScript: async ({ target, files }) => {
        calls.push(`inject ${target.tabId} ${target.frameIds.join(',')} ${files.join(',')}`);
        if (injectFails) throw new Error('Cannot access contents of the page');
        return [];
      },
    },
    tabs: {
      sendMessage: async (tabId, message, { frameId }) => {
        calls.push(`ask ${tabId} ${frameId} ${JSON.stringify(message)}`);
        return answers.shift();
      },
    },
  };
  return { api, calls };
}

describe('askTabForPage', () => {
  test('injects the snapshot script into the top frame, then asks for the page part by part', async () => {
    const { api, calls } = fakeTab([
      { url: 'https://a.example/x', contentType: 'text/html', html: 'ab', id: 'k', parts: 2 },
      { html: 'cd' },
    ]);
    await expect(askTabForPage(api, 7)).resolves.toEqual({
      url: 'https://a.example/x',
      contentType: 'text/html',
      html: 'abcd',
    });
    expect(calls).toEqual([
      `inject 7 0 ${SNAPSHOT_SCRIPT}`,
      'ask 7 0 {"type":"request-snapshot"}',
      'ask 7 0 {"type":"request-snapshot","id":"k","part":1}',
    ]);
  });

  test('a tab that cannot be injected is not asked', async () => {
    const { api, calls } = fakeTab([], true);
    await expect(askTabForPage(api, 7)).rejects.toThrow();
    expect(calls).toEqual([`inject 7 0 ${SNAPSHOT_SCRIPT}`]);
  });

  test('the file is the built snapshot script beside the content script', () => {
    expect(SNAPSHOT_SCRIPT).toBe('src/extension/content/snapshot.js');
  });
});
