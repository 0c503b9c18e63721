import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FetchError } from '../core/ports.ts';
import { loadOfflineWeb, offlineWebFrom } from './offlineWeb.ts';
import { UsageError } from './usageError.ts';

const WEB = path.resolve(import.meta.dirname, '../../test/fixtures/cli/web.json');

describe('loadOfflineWeb', () => {
  test.each([
    ['https://news.example.org/ban-tin-mua-lua-a1234.html', 'https://news.example.org/ban-tin-mua-lua-a1234.html'],
    ['http://news.example.org/ban-tin-mua-lua-a1234.html', 'https://news.example.org/ban-tin-mua-lua-a1234.html'],
    [
      'https://NEWS.Example.ORG:443/ban-tin-mua-lua-a1234.html#comments',
      'https://news.example.org/ban-tin-mua-lua-a1234.html',
    ],
    ['https://news.example.org/ban-tin-mua-lua-a1234.html.', 'https://news.example.org/ban-tin-mua-lua-a1234.html'],
    ['https://copy-site.example.net/ban-tin-mua-lua', 'https://copy-site.example.net/ban-tin-mua-lua/'],
    ['https://news.example.org', 'https://news.example.org/'],
    ['https://capture.example.info/archive?id=7', 'https://capture.example.info/archive?id=7'],
  ])('serves %s as %s', async (asked, listed) => {
    const web = await loadOfflineWeb(WEB);
    const res = await web.fetch(asked);
    expect(res.url).toBe(listed);
    expect(res.status).toBe(200);
    expect(res.text.length).toBeGreaterThan(10);
  });

  test.each([
    'https://capture.example.info/archive?id=8',
    'https://capture.example.info/archive',
    'https://news.example.org/ban-tin-mua-lua-a1234',
    'https://www.news.example.org/',
    'https://news.example.org:8443/',
    'https://unknown.example.com/',
  ])('answers 404 for %s', async (url) => {
    const web = await loadOfflineWeb(WEB);
    const e = await web.fetch(url).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FetchError);
    expect(e).toMatchObject({ code: 'http', status: 404 });
  });

  test('uses the listed content type', async () => {
    const web = await loadOfflineWeb(WEB);
    expect((await web.fetch('https://news.example.org/rss/home.rss')).contentType).toBe('application/rss+xml');
    expect((await web.fetch('https://capture.example.info/archive?id=7')).contentType).toBe('text/plain');
    expect((await web.fetch('https://news.example.org/')).text).toContain('Báo Ví Dụ');
  });

  test('lists the homepages as origins', async () => {
    const web = await loadOfflineWeb(WEB);
    expect(web.homepages).toEqual(['https://news.example.org']);
    expect(web.size).toBe(5);
  });

  test('refuses non-http URLs and aborted requests', async () => {
    const web = await loadOfflineWeb(WEB);
    await expect(web.fetch('file:///etc/passwd')).rejects.toMatchObject({ code: 'bad-url' });
    const c = new AbortController();
    c.abort();
    await expect(web.fetch('https://news.example.org/', { signal: c.signal })).rejects.toMatchObject({
      code: 'network',
    });
  });

  test.each<[unknown, RegExp]>([
    [{}, /expected \{"pages"/],
    [{ pages: [{ url: 'https://a.example.com/', file: 'a.html' }] }, /page 1 needs/],
    [{ pages: [{ url: 'https://a.example.com/', file: '../../etc/passwd', type: 'text/html' }] }, /outside its folder/],
    [{ pages: [{ url: 'mailto:x@example.com', file: 'a.html', type: 'text/html' }] }, /unusable URL/],
  ])('rejects a bad web.json %j', (json, message) => {
    expect(() => offlineWebFrom(json, '/srv/web')).toThrow(message);
  });

  test('a missing web.json is a usage error', async () => {
    await expect(loadOfflineWeb('/nonexistent/web.json')).rejects.toBeInstanceOf(UsageError);
  });
});
