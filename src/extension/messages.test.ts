import { describe, expect, expectTypeOf, test } from 'vitest';
import { MAX_SNAPSHOT_CHARS, MAX_SNAPSHOT_PARTS, SNAPSHOT_PART_CHARS } from './limits.ts';
import type { MessageHandlers, Responses } from './messages.ts';
import type { send } from './messaging.ts';
import type { TabState } from './tabState.ts';
import {
  MAX_BATCH_URL_CHARS,
  MAX_BATCH_URLS,
  maySend,
  parseMessage,
  parseSnapshot,
  type MessageType,
} from './messages.ts';

const snapshot = {
  type: 'page-snapshot',
  url: 'https://news.example/a/1.html',
  html: '<html><body><p>x</p></body></html>',
  contentType: 'text/html',
};
const part = {
  type: 'page-snapshot-part',
  url: 'https://news.example/a/1.html',
  contentType: 'text/html',
  id: 'k3x9',
  index: 0,
  last: false,
  html: '<html><body>',
};

describe('parseMessage accepts every declared message', () => {
  test.each([
    snapshot,
    { ...snapshot, contentType: 'text/plain', html: 'plain text' },
    part,
    { ...part, index: MAX_SNAPSHOT_PARTS - 1, last: true, html: 'x'.repeat(SNAPSHOT_PART_CHARS) },
    { type: 'get-tab-state', tabId: 3 },
    { type: 'recheck', tabId: 0 },
    { type: 'get-comparison', tabId: 12 },
    { type: 'flag-page', tabId: 4 },
    { type: 'flag-page', tabId: 4, note: 'copied from a regional paper' },
    { type: 'unflag', url: 'http://copy.example/post?id=1' },
    { type: 'list-flags' },
    { type: 'set-site-enabled', host: 'copy.example', enabled: false },
    { type: 'get-settings' },
    { type: 'memory-stats' },
    { type: 'clear-memory' },
    { type: 'set-settings', settings: {} },
    { type: 'set-settings', settings: { checkMode: 'click', memorySize: 100, disabledHosts: ['a.example'] } },
    { type: 'check-urls', urls: ['https://tinnhanh-tonghop24h.net/tiep-tuc/'] },
    { type: 'check-urls', urls: ['http://a.example/1', 'https://b.example/ph%E1%BB%9F?x=1#top'] },
    { type: 'check-urls', urls: Array.from({ length: MAX_BATCH_URLS }, (_, i) => `https://a.example/${i}`) },
    {
      type: 'check-urls',
      urls: [`https://a.example/${'a'.repeat(MAX_BATCH_URL_CHARS - 'https://a.example/'.length)}`],
    },
  ])('%o', (message) => {
    const parsed = parseMessage(message);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toEqual(message);
  });
});

describe('parseMessage refuses malformed and hostile payloads', () => {
  test.each([
    ['not an object', 'page-snapshot'],
    ['null', null],
    ['an array', [snapshot]],
    ['unknown type', { type: 'eval', code: '1' }],
    ['no type', { tabId: 1 }],
    ['javascript: URL', { ...snapshot, url: 'javascript:alert(1)' }],
    ['data: URL', { ...snapshot, url: 'data:text/html,<p>x' }],
    ['file: URL', { ...snapshot, url: 'file:///etc/passwd' }],
    ['relative URL', { ...snapshot, url: '/a/1.html' }],
    ['URL too long', { ...snapshot, url: `https://a.example/${'a'.repeat(5000)}` }],
    ['html too large', { ...snapshot, html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) }],
    ['html not a string', { ...snapshot, html: { toString: 'x' } }],
    ['content type with parameters', { ...snapshot, contentType: 'text/html; charset=utf-8' }],
    ['content type with markup', { ...snapshot, contentType: '<script>' }],
    ['part too large', { ...part, html: 'x'.repeat(SNAPSHOT_PART_CHARS + 1) }],
    ['too many parts', { ...part, index: MAX_SNAPSHOT_PARTS }],
    ['negative part index', { ...part, index: -1 }],
    ['fractional part index', { ...part, index: 0.5 }],
    ['part id with markup', { ...part, id: '<b>' }],
    ['part id too long', { ...part, id: 'a'.repeat(17) }],
    ['part without last', { ...part, last: undefined }],
    ['part with a javascript: URL', { ...part, url: 'javascript:alert(1)' }],
    ['negative tab', { type: 'get-tab-state', tabId: -1 }],
    ['fractional tab', { type: 'get-tab-state', tabId: 1.5 }],
    ['string tab', { type: 'recheck', tabId: '1' }],
    ['NaN tab', { type: 'recheck', tabId: Number.NaN }],
    ['huge note', { type: 'flag-page', tabId: 1, note: 'n'.repeat(5000) }],
    ['unflag non-http', { type: 'unflag', url: 'chrome://settings' }],
    ['enabled as string', { type: 'set-site-enabled', host: 'a.example', enabled: 'false' }],
    ['empty host', { type: 'set-site-enabled', host: '', enabled: true }],
    ['bad check mode', { type: 'set-settings', settings: { checkMode: 'always' } }],
    ['memory size out of range', { type: 'set-settings', settings: { memorySize: 1e9 } }],
    ['settings missing', { type: 'set-settings' }],
    ['check-urls: no list', { type: 'check-urls' }],
    ['check-urls: empty list', { type: 'check-urls', urls: [] }],
    ['check-urls: a string, not a list', { type: 'check-urls', urls: 'https://a.example/' }],
    [
      'check-urls: more than the maximum',
      { type: 'check-urls', urls: Array.from({ length: MAX_BATCH_URLS + 1 }, (_, i) => `https://a.example/${i}`) },
    ],
    [
      'check-urls: more than the maximum, all the same',
      { type: 'check-urls', urls: Array.from({ length: MAX_BATCH_URLS + 1 }, () => 'https://a.example/') },
    ],
    [
      'check-urls: a javascript: URL among good ones',
      { type: 'check-urls', urls: ['https://a.example/', 'javascript:alert(1)'] },
    ],
    ['check-urls: a JavaScript: URL with spaces', { type: 'check-urls', urls: [' JavaScript:alert(document.cookie)'] }],
    ['check-urls: data: URL', { type: 'check-urls', urls: ['data:text/html,<script>alert(1)</script>'] }],
    ['check-urls: file: URL', { type: 'check-urls', urls: ['file:///etc/passwd'] }],
    ['check-urls: chrome-extension: URL', { type: 'check-urls', urls: ['chrome-extension://abc/options.html'] }],
    ['check-urls: no scheme', { type: 'check-urls', urls: ['www.example.com/a'] }],
    [
      'check-urls: URL one past the length limit',
      { type: 'check-urls', urls: [`https://a.example/${'a'.repeat(MAX_BATCH_URL_CHARS)}`] },
    ],
    ['check-urls: a number', { type: 'check-urls', urls: [42] }],
    ['check-urls: an object posing as a URL', { type: 'check-urls', urls: [{ toString: () => 'https://a.example/' }] }],
    ['check-urls: null in the list', { type: 'check-urls', urls: [null] }],
  ])('%s', (_name, message) => {
    const parsed = parseMessage(message);
    expect(parsed.ok).toBe(false);
  });

  test('drops unknown keys, including __proto__, instead of passing them on', () => {
    const hostile = JSON.parse('{"type":"get-tab-state","tabId":1,"__proto__":{"polluted":true},"extra":"x"}');
    const parsed = parseMessage(hostile);
    expect(parsed.ok && parsed.value).toEqual({ type: 'get-tab-state', tabId: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the reason names the field but never echoes page content', () => {
    const parsed = parseMessage({ ...snapshot, url: 'javascript:SECRET_PAGE_TEXT' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toContain('url');
      expect(parsed.reason).not.toContain('SECRET_PAGE_TEXT');
    }
  });
});

describe('set-settings cannot carry the old test-only switch', () => {
  test('allowPrivateAddresses is not part of the settings a page may send', () => {
    const parsed = parseMessage({ type: 'set-settings', settings: { allowPrivateAddresses: true, enabled: true } });
    expect(parsed.ok && parsed.value.type === 'set-settings' ? parsed.value.settings : null).toEqual({ enabled: true });
  });
});

describe('check-urls', () => {
  test('drops duplicates (the same URL once parsed), keeping the first spelling and the order', () => {
    const parsed = parseMessage({
      type: 'check-urls',
      urls: ['https://b.example/1', 'https://a.example/2', 'https://B.EXAMPLE:443/1', 'https://b.example/1'],
    });
    expect(parsed.ok && parsed.value).toEqual({
      type: 'check-urls',
      urls: ['https://b.example/1', 'https://a.example/2'],
    });
  });

  test('drops unknown keys', () => {
    const parsed = parseMessage({
      type: 'check-urls',
      urls: ['https://a.example/'],
      concurrency: 50,
      settings: { enabled: true },
    });
    expect(parsed.ok && parsed.value).toEqual({ type: 'check-urls', urls: ['https://a.example/'] });
  });
});

describe('parseSnapshot (the content script’s answer to a recheck)', () => {
  test('accepts a snapshot without a type', () => {
    const { type: _t, ...bare } = snapshot;
    expect(parseSnapshot(bare).ok).toBe(true);
  });
  test('refuses one with a foreign URL scheme', () => {
    expect(parseSnapshot({ url: 'ftp://x.example/', html: '', contentType: 'text/html' }).ok).toBe(false);
  });
});

describe('maySend: content scripts may only send snapshots', () => {
  const fromContent = new Set<MessageType>(['page-snapshot', 'page-snapshot-part']);
  const types: MessageType[] = [
    'page-snapshot',
    'page-snapshot-part',
    'get-tab-state',
    'recheck',
    'get-comparison',
    'flag-page',
    'unflag',
    'list-flags',
    'set-site-enabled',
    'get-settings',
    'set-settings',
    'memory-stats',
    'clear-memory',
    'check-urls',
  ];
  test.each(types)('%s', (type) => {
    expect(maySend('content-script', type)).toBe(fromContent.has(type));
    expect(maySend('extension-page', type)).toBe(!fromContent.has(type));
  });
});

describe('MessageHandlers: a handler table typed by the responses', () => {
  // These are checked by `tsc -p tsconfig.json` (part of `npm test`): an @ts-expect-error that no longer errors fails it.
  const answer = async () => null;
  test('a table missing a message type, or answering the wrong shape, does not compile', () => {
    // @ts-expect-error: 'check-urls' (and the rest but the snapshots) has no handler
    const missing: MessageHandlers<[]> = { 'page-snapshot': answer, 'page-snapshot-part': answer };
    const wrong: Pick<MessageHandlers<[]>, 'list-flags'> = {
      // @ts-expect-error: list-flags answers Flag[], not a number
      'list-flags': async () => 1,
    };
    expect(Object.keys(missing)).toHaveLength(2);
    expect(Object.keys(wrong)).toEqual(['list-flags']);
  });

  test('the page-side send answers the type of its message', () => {
    expectTypeOf<ReturnType<typeof send<'list-flags'>>>().toEqualTypeOf<Promise<Responses['list-flags']>>();
    expectTypeOf<ReturnType<typeof send<'get-tab-state'>>>().toEqualTypeOf<Promise<TabState | null>>();
  });
});
