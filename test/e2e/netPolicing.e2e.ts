/**
 * Every request the extension makes is policed at connection time, redirect hops included (issue 7): a page's
 * source line can name any URL, and a public-looking name may resolve to the reader's own machine or intranet.
 *
 * Two servers on loopback: the test web (Chromium counts its port as public, `--ip-address-space-overrides`; Firefox's
 * test build lets loopback through on the default ports the harness sends to it) and an "attacker" server on another
 * port, which both browsers see as what it is, loopback. Its name, `rebound-news.net`, looks public, so the URL
 * policy (which reads only the text) lets it through: only the connection-time checks can keep it out. Each case is a
 * copy page whose source line names a URL; the tests count what each server received once the check finished.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeCertificate } from './certificate.ts';
import { e2eBrowsers, launchDriver, waitForBadge, type Driver } from './drivers/index.ts';
import { FIXTURE_WEB, PAGES } from './fixturePages.ts';
import { tabStateKey } from '../../src/extension/tabState.ts';
import { REPO_ROOT } from './launch.ts';
import { loadMessages } from './messages.ts';
import { startTestWeb, type TestWeb } from './server.ts';
import { isFinal } from './session.ts';

const msg = loadMessages('en');
const final = (b: { text: string; title: string }) => isFinal(b, msg('badgeClean'));
const COPY_FILE = path.join(
  REPO_ROOT,
  'test/web/pages/worldnews-daily24h.xyz/heat-alert-issued-as-temperatures-climb-across-the-valley.html',
);
const ATTACKER_HOST = 'rebound-news.net';
/**
 * How each browser's refusal reads in the report: Chromium's Local Network Access failure is a bare net::ERR_FAILED
 * (policedFetch.ts adds what it probably means); Firefox's check names the address.
 */
const REFUSED = {
  chromium: /net::ERR_FAILED \(refused by the browser: the address is probably not public\)/,
  firefox: /rebound-news\.net resolves to 127\.0\.0\.1, not a public address \(loopback\)/,
};
/** The engine's redirect limit (backgroundPorts.ts). */
const MAX_REDIRECTS = 5;

describe.each(e2eBrowsers())('%s', (name) => {
  let web: TestWeb;
  let attacker: TestWeb;
  let driver: Driver;
  let copyHtml: string;
  let attackerUrl: (p: string) => string;

  beforeAll(async () => {
    // One key for both servers, so that TLS is never what stops a request: only the policing can.
    const certificate = makeCertificate();
    web = await startTestWeb({ webJson: FIXTURE_WEB, certificate });
    attacker = await startTestWeb({ webJson: FIXTURE_WEB, certificate });
    // The port in the URL is what Firefox connects to; Chromium's resolver rule sends the name to it anyway.
    attackerUrl = (p) => `https://${ATTACKER_HOST}:${attacker.port}${p}`;
    driver = await launchDriver(name, { web, hostPorts: { [ATTACKER_HOST]: attacker.port } });
    copyHtml = fs.readFileSync(COPY_FILE, 'utf8');
    expect(copyHtml).toContain(PAGES.suspectedClaim);
  });
  afterAll(async () => {
    await driver?.close();
    await web?.close();
    await attacker?.close();
  });

  /**
   * Serves the copy page with its source line naming `source`, visits it, waits for the finished check and returns
   * the tab's state as the popup reads it (storage.session, key tabStateKey): the source's outcome and its error.
   */
  async function checkCopyNaming(source: string, slug: string): Promise<string> {
    const url = `https://worldnews-daily24h.xyz/${name}-${slug}/`;
    web.add({ url, file: '', type: 'text/html', body: copyHtml.replace(PAGES.suspectedClaim, source) });
    const { page, tabId } = await driver.visit(url);
    await waitForBadge(driver, tabId, final);
    const state = await driver.inExtension(async (key: string) => {
      const area = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<object> } } } })
        .chrome.storage.session;
      return JSON.stringify(await area.get(key));
    }, tabStateKey(tabId));
    await page.close();
    return state;
  }

  const served = (server: TestWeb, prefix: string) => server.requests.filter((r) => r.url.startsWith(prefix));

  test('control: a named source on the (public) test web is fetched', async () => {
    const source = `https://control-source.net/${name}/story-a1.html`;
    await checkCopyNaming(source, 'control');
    expect(served(web, source).length).toBeGreaterThan(0);
  });

  test('a public name that resolves to a loopback server receives no request', async () => {
    const before = attacker.requests.length;
    const connectionsBefore = attacker.connections;
    const state = await checkCopyNaming(attackerUrl(`/${name}/story-b2.html`), 'loopback-name');
    expect(attacker.requests.slice(before)).toEqual([]);
    // Firefox refuses before connecting (the name is resolved and judged first). Chromium's Local Network Access
    // judges the address of the connection it opened, so a TCP connection is made (1 measured) but no request sent.
    if (name === 'firefox') expect(attacker.connections).toBe(connectionsBefore);
    // The source was tried and refused (not skipped): the reason is in the report.
    expect(state).toMatch(REFUSED[name]);
  });

  test('an allowed URL that redirects to a private address: the redirect is fetched, its target never', async () => {
    const start = `https://redirector-news.net/${name}/go`;
    web.add({ url: start, file: '', type: '', location: attackerUrl(`/${name}/secret`) });
    const before = attacker.requests.length;
    const state = await checkCopyNaming(start, 'redirect-private');
    expect(served(web, start).length).toBeGreaterThan(0);
    expect(attacker.requests.slice(before)).toEqual([]);
    expect(state).toMatch(REFUSED[name]);
  });

  test(`a redirect chain over the limit (${MAX_REDIRECTS}) is refused with a clear error, no hop past it requested`, async () => {
    const base = `https://chain-news.net/${name}/r`;
    const hops = MAX_REDIRECTS + 3;
    for (let i = 0; i < hops; i++) web.add({ url: `${base}${i}`, file: '', type: '', location: `${base}${i + 1}` });
    web.add({ url: `${base}${hops}`, file: '', type: 'text/html', body: '<p>the end of the chain</p>' });
    const state = await checkCopyNaming(`${base}0`, 'redirect-chain');
    // The first request and MAX_REDIRECTS hops, however often the engine tried the source.
    const hopsServed = new Set(served(web, base).map((r) => r.url));
    expect([...hopsServed].sort()).toEqual(Array.from({ length: MAX_REDIRECTS + 1 }, (_, i) => `${base}${i}`).sort());
    expect(state).toContain(`more than ${MAX_REDIRECTS} redirects`);
  });

  test('the attacker server is reachable by the browser itself: only the extension’s policing kept it out', async () => {
    const before = attacker.requests.length;
    const { page } = await driver.visit(attackerUrl(`/${name}/direct`)).catch(() => ({ page: null }));
    await page?.close();
    expect(attacker.requests.length).toBeGreaterThan(before);
  });
});
