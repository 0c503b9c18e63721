import { describe, expect, test } from 'vitest';
import { classifySender, sameDocument, snapshotBelongsToSender, type SenderInfo } from './classifySender.ts';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };

describe('classifySender', () => {
  test.each<[string, SenderInfo, string]>([
    ['the popup', { id: 'ext-id', url: 'chrome-extension://ext-id/src/ui/popup/index.html' }, 'extension-page'],
    [
      'the compare page open in a tab',
      { id: 'ext-id', url: 'chrome-extension://ext-id/src/ui/compare/index.html?tab=3', tab: { id: 3 }, frameId: 0 },
      'extension-page',
    ],
    [
      'a content script in a top frame',
      { id: 'ext-id', url: 'https://copy.example/a', tab: { id: 3, url: 'https://copy.example/a' }, frameId: 0 },
      'content-script',
    ],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, 'refused'],
    [
      'another extension pretending with our URL',
      { id: 'other', url: 'chrome-extension://ext-id/popup.html' },
      'refused',
    ],
    ['a sub-frame', { id: 'ext-id', url: 'https://ads.example/frame', tab: { id: 3 }, frameId: 5 }, 'refused'],
    ['no tab', { id: 'ext-id', url: 'https://copy.example/a' }, 'refused'],
    ['a negative tab id', { id: 'ext-id', url: 'https://copy.example/a', tab: { id: -1 }, frameId: 0 }, 'refused'],
    ['a non-web page in a tab', { id: 'ext-id', url: 'file:///x.html', tab: { id: 3 }, frameId: 0 }, 'refused'],
    [
      'a look-alike extension origin',
      { id: 'ext-id', url: 'chrome-extension://ext-id.evil/x', tab: { id: 3 }, frameId: 0 },
      'refused',
    ],
  ])('%s', (_name, sender, kind) => {
    expect(classifySender(sender, self).kind).toBe(kind);
  });
});

describe('snapshotBelongsToSender', () => {
  const sender = {
    kind: 'content-script' as const,
    tabId: 3,
    url: 'https://copy.example/a?x=1#top',
    tabUrl: 'https://copy.example/a?x=1',
  };
  test.each([
    ['its own page', 'https://copy.example/a?x=1', true],
    ['its own page with another fragment', 'https://copy.example/a?x=1#comments', true],
    ['another page of the site', 'https://copy.example/b', false],
    ['the original it wants checked instead', 'https://orig.example/a', false],
    ['another query', 'https://copy.example/a?x=2', false],
  ])('%s', (_name, url, ok) => {
    expect(snapshotBelongsToSender(url, sender)).toBe(ok);
  });

  test('the tab URL must agree when the browser gives it', () => {
    expect(
      snapshotBelongsToSender('https://copy.example/a', {
        ...sender,
        url: 'https://copy.example/a',
        tabUrl: 'https://copy.example/b',
      }),
    ).toBe(false);
    expect(
      snapshotBelongsToSender('https://copy.example/a', { ...sender, url: 'https://copy.example/a', tabUrl: null }),
    ).toBe(true);
  });

  test('unparsable URLs are never the same document', () => {
    expect(sameDocument('not a url', 'not a url')).toBe(false);
  });
});
