import { describe, expect, test } from 'vitest';
import { redirectLocations, type RequestDetails, type WebRequestApi } from './redirectLocations.ts';

const BASE = 'chrome-extension://abc/';

function fakeWebRequest() {
  const listeners: Record<string, (d: RequestDetails) => void> = {};
  const filters: Record<string, object> = {};
  const api: WebRequestApi = {
    onHeadersReceived: {
      addListener: (l, f) => {
        listeners.headers = l;
        filters.headers = f;
      },
    },
    onErrorOccurred: {
      addListener: (l, f) => {
        listeners.error = l;
        filters.error = f;
      },
    },
  };
  return { api, listeners, filters };
}

const redirect = (url: string, location: string, extra: Partial<RequestDetails> = {}): RequestDetails => ({
  url,
  tabId: -1,
  initiator: 'chrome-extension://abc',
  statusCode: 302,
  responseHeaders: [{ name: 'Location', value: location }],
  ...extra,
});

describe('redirectLocations', () => {
  test('listens only to requests outside tabs, of type fetch/XHR, with response headers', () => {
    const { api, filters } = fakeWebRequest();
    redirectLocations(api, BASE);
    expect(filters.headers).toMatchObject({ tabId: -1, types: ['xmlhttprequest'] });
    expect(filters.error).toMatchObject({ tabId: -1, types: ['xmlhttprequest'] });
  });

  test.each([
    ['Chromium: the extension as initiator', redirect('https://a.com/x', '/y'), { status: 302, location: '/y' }],
    [
      'Firefox: the background page as originUrl',
      redirect('https://a.com/x', 'https://b.com/', {
        initiator: undefined,
        originUrl: 'chrome-extension://abc/_generated_background_page.html',
        statusCode: 301,
      }),
      { status: 301, location: 'https://b.com/' },
    ],
    ['the fragment is not part of the key', redirect('https://a.com/x', '/z'), { status: 302, location: '/z' }],
    ['another extension', redirect('https://a.com/x', '/y', { initiator: 'chrome-extension://evil' }), null],
    ['a page in a tab', redirect('https://a.com/x', '/y', { tabId: 3 }), null],
    ['not a redirect', redirect('https://a.com/x', '/y', { statusCode: 200 }), null],
    ['a redirect without Location', redirect('https://a.com/x', '/y', { responseHeaders: [] }), null],
    ['another URL', redirect('https://a.com/other', '/y'), null],
  ])('%s', async (_, details, want) => {
    const { api, listeners } = fakeWebRequest();
    const locations = redirectLocations(api, BASE);
    const watch = locations.expect('https://a.com/x#frag');
    listeners.headers?.(details);
    expect(await watch.settle(20)).toEqual(want);
  });

  test('a network error of the extension’s request is its outcome', async () => {
    const { api, listeners } = fakeWebRequest();
    const watch = redirectLocations(api, BASE).expect('https://a.com/x');
    listeners.error?.({
      url: 'https://a.com/x',
      tabId: -1,
      initiator: 'chrome-extension://abc',
      error: 'net::ERR_FAILED',
    });
    expect(await watch.settle(20)).toEqual({ error: 'net::ERR_FAILED' });
  });

  test('an event after the wait, or nobody waiting, is dropped', async () => {
    const { api, listeners } = fakeWebRequest();
    const locations = redirectLocations(api, BASE);
    listeners.headers?.(redirect('https://a.com/x', '/early'));
    const watch = locations.expect('https://a.com/x');
    expect(await watch.settle(10)).toBeNull();
    listeners.headers?.(redirect('https://a.com/x', '/late'));
    expect(await locations.expect('https://a.com/x').settle(10)).toBeNull();
  });
});
