/**
 * The harness itself: the throw-away certificate, the one-port HTTP+HTTPS test web, and Chromium reaching it under
 * the pages' real URLs. Runs without the extension, so a broken build cannot hide a broken harness (or the reverse).
 */
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeCertificate, spkiHash } from './certificate.ts';
import { FIXTURE_WEB, PAGES } from './fixturePages.ts';
import { launch, type Launched } from './launch.ts';
import { startTestWeb, urlKey, type TestWeb } from './server.ts';

describe('certificate', () => {
  test.each(['openssl', 'node'] as const)(
    '%s makes a self-signed certificate whose SPKI hash Chromium can pin',
    (maker) => {
      const c = makeCertificate(maker);
      const x = new X509Certificate(c.cert);
      expect(x.verify(x.publicKey)).toBe(true);
      expect(c.spki).toBe(spkiHash(c.cert));
      expect(c.spki).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    },
  );
});

describe('urlKey', () => {
  test.each([
    ['https://Example.COM/a/b?x=1#frag', 'example.com/a/b?x=1'],
    ['http://example.com:80/a', 'example.com/a'],
    ['https://example.com/', 'example.com/'],
  ])('%s → %s', (url, key) => expect(urlKey(url)).toBe(key));

  test('keeps the query string and the trailing slash apart', () => {
    expect(urlKey('https://a.example/x/')).not.toBe(urlKey('https://a.example/x'));
    expect(urlKey('https://a.example/x?p=1')).not.toBe(urlKey('https://a.example/x?p=2'));
  });
});

describe('test web in Chromium', () => {
  let web: TestWeb;
  let browser: Launched;

  beforeAll(async () => {
    web = await startTestWeb({ webJson: FIXTURE_WEB });
    web.add({
      url: 'https://slow.test-web.example/',
      file: '',
      body: '<p>late</p>',
      type: 'text/html',
      delayMs: 30_000,
    });
    browser = await launch({ web, extension: false });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  test('serves a page over HTTPS under its real URL with a trusted certificate', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(PAGES.seedCopy);
    expect(res?.status()).toBe(200);
    expect(page.url()).toBe(PAGES.seedCopy);
    expect(await page.locator('h1').innerText()).toBe(
      'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước',
    );
    expect((await res?.securityDetails())?.subjectName).toBe('provenance-test-web');
    await page.close();
  });

  test('serves the same page over plain HTTP on the same port', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(PAGES.clean.replace('https:', 'http:'));
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Pruning roses in early spring');
    await page.close();
  });

  test('answers 404 for a URL it does not hold, and records what was asked', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(PAGES.suspectedClaim);
    expect(res?.status()).toBe(404);
    expect(web.requests.some((r) => r.url === PAGES.suspectedClaim && r.status === 404)).toBe(true);
    await page.close();
  });

  test('holds a delayed page until the client gives up', async () => {
    const page = await browser.context.newPage();
    await page.goto(PAGES.clean);
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://slow.test-web.example/', { signal: AbortSignal.timeout(1000) });
        return 'answered';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(outcome).toBe('TimeoutError');
    await page.close();
  });
});
