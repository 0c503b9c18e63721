/**
 * What a reader sees on each kind of page: the toolbar badge (text and tooltip) and the popup for that tab.
 * One browser for the file; each test opens its page in a new tab, waits for the finished badge, then reads the popup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SNAPSHOT_PART_CHARS } from '../../src/extension/limits.ts';
import { FIXTURE_WEB, PAGES } from './fixturePages.ts';
import { openCompare, openPopup, visit } from './launch.ts';
import {
  BADGE,
  finalBadge,
  messagePattern,
  popupText,
  saveScreenshot,
  startSession,
  valueAfter,
  type Session,
} from './session.ts';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

async function check(url: string, timeoutMs?: number) {
  const { page, tabId } = await visit(s.browser, url);
  const badge = await finalBadge(s, tabId, timeoutMs);
  const popup = await openPopup(s.browser, tabId);
  const text = await popupText(popup, s.msg);
  const heading = await popup.getByRole('heading', { level: 1 }).first().innerText();
  return { page, tabId, badge, popup, text, heading };
}

describe('the seed copy (WordPress autoblog of a Báo An Giang article)', () => {
  test('badge says COPY and names the original site', async () => {
    const r = await check(PAGES.seedCopy);
    expect(r.badge.text).toBe(BADGE.copy);
    expect(r.badge.title).toBe(s.msg('badgeCopy', 'baoangiang.com.vn'));
    await r.popup.close();
    await r.page.close();
  });

  test('popup shows the verified original, its publisher, credits, the poster, the overlap and the evidence', async () => {
    const r = await check(PAGES.seedCopy);
    const { msg } = s;
    await saveScreenshot(r.popup, 'popup-copy');
    expect(r.heading).toBe(msg('statusVerified'));
    expect(r.text).toContain(msg('trustVerified'));

    // The original, as a link a reader can follow.
    const links = await r.popup.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(PAGES.seedOriginal);
    expect(r.text).toContain('Tiếp tục thực hiện Quy chế dân chủ ở cơ sở');
    expect(r.text).toContain('Báo An Giang');

    // Credits in readable case with the diacritics kept, and who posted the copy.
    const authors = valueAfter(r.text, msg('creditAuthors'));
    expect(authors).toContain('Mỹ Linh');
    expect(authors).toContain('Trọng Tín');
    expect(valueAfter(r.text, msg('creditPoster'))).toBe('quoc_vu');

    // How much of the copy is in the original.
    const overlap = r.text.match(messagePattern(msg, 'overlapLine'));
    expect(overlap, 'overlap line').not.toBeNull();
    expect(Number(overlap![1])).toBeGreaterThanOrEqual(80);

    // The evidence, with the exact quotes.
    for (const kind of ['signalSpamFooter', 'signalSourceLine', 'signalTextMatch']) expect(r.text).toContain(msg(kind));
    expect(r.text).toContain('Nguồn thông tin');
    expect(r.text).toMatch(/Free WordPress Themes/);
    await r.popup.close();

    // Side by side: both texts, paragraph by paragraph.
    const compare = await openCompare(s.browser, r.tabId);
    await expect.poll(() => compare.locator('body').innerText(), { timeout: 15_000 }).toContain(msg('compareOriginal'));
    const compareText = await compare.locator('body').innerText();
    expect(compareText).toContain('Thường trực Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh An Giang');
    expect(compareText).toContain(msg('compareCopy'));
    await saveScreenshot(compare, 'compare-copy');
    await compare.close();
    await r.page.close();
  });
});

describe('a heavy copy (the seed copy with 1 MB of template markup and 2 MB of inline JSON state)', () => {
  test('goes to the background in parts and is still verified', async () => {
    const seed = fs.readFileSync(
      path.join(path.dirname(FIXTURE_WEB), 'pages/tinnhanh-tonghop24h.net/tiep-tuc-thuc-hien-quy-che-dan-chu.html'),
      'utf8',
    );
    // a <template> is serialised but never read as text; a JSON data block is dropped by the content script
    const template = `<template id="comment-row">${'<div class="comment"><span class="user">u</span><p class="c">row</p></div>'.repeat(14_000)}</template>`;
    const state = `<script type="application/json" id="state">{"rows":"${'x'.repeat(2_000_000)}"}</script>`;
    const url = PAGES.seedCopy.replace(/\/$/, '-heavy/');
    s.web.add({ url, file: '', type: 'text/html', body: seed.replace('</body>', `${template}${state}</body>`) });
    expect(template.length).toBeGreaterThan(3 * SNAPSHOT_PART_CHARS);
    const r = await check(url);
    expect(r.badge.text).toBe(BADGE.copy);
    await r.popup.close();
    await r.page.close();
  });
});

describe('the original itself', () => {
  test('has no copy badge and the popup says it copies nothing', async () => {
    const r = await check(PAGES.seedOriginal);
    expect(r.badge.text).toBe('');
    expect(r.badge.title).toBe(s.msg('badgeClean'));
    expect(r.heading).toBe(s.msg('statusClean'));
    await saveScreenshot(r.popup, 'popup-original');
    await r.popup.close();
    await r.page.close();
  });
});

describe('an authorised syndication', () => {
  test('badge and popup say authorised republication, with the original linked and its author credited', async () => {
    const r = await check(PAGES.syndicated);
    expect(r.badge.text).toBe(BADGE.syndicated);
    expect(r.badge.title).toBe(s.msg('badgeSyndicated', 'www.rivertoncourier.com'));
    expect(r.heading).toBe(s.msg('statusSyndicated'));
    const links = await r.popup.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(PAGES.syndicatedOriginal);
    expect(valueAfter(r.text, s.msg('creditAuthors'))).toContain('Jane Okafor');
    await saveScreenshot(r.popup, 'popup-syndicated');
    await r.popup.close();
    await r.page.close();
  });
});

describe('a suspected copy whose named source is gone (404)', () => {
  test('badge says ?, popup says possibly copied and shows the source the page names', async () => {
    const r = await check(PAGES.suspected);
    expect(r.badge.text).toBe(BADGE.suspected);
    expect(r.badge.title).toBe(s.msg('badgeSuspected'));
    expect(r.heading).toBe(s.msg('statusSuspected'));
    expect(r.text).toContain(s.msg('claimedSourceLabel'));
    const links = await r.popup.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(PAGES.suspectedClaim);
    expect(r.text).not.toContain(s.msg('originalHeading'));
    expect(r.text).toContain(s.msg('signalSpamFooter'));
    await saveScreenshot(r.popup, 'popup-suspected');
    await r.popup.close();
    await r.page.close();
  });
});

describe('a copy whose named original never answers', () => {
  test('gives up on the original, says possibly copied, and says the source could not be fetched', async () => {
    const r = await check(PAGES.unreachable, 90_000);
    expect(r.badge.text).toBe(BADGE.suspected);
    expect(r.heading).toBe(s.msg('statusSuspected'));
    const links = await r.popup.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(PAGES.unreachableClaim);
    expect(r.text).toContain(s.msg('outcomeUnreachable'));
    expect(s.web.requests.some((q) => q.url === PAGES.unreachableClaim)).toBe(true);
    await saveScreenshot(r.popup, 'popup-unreachable');
    await r.popup.close();
    await r.page.close();
  });
});

describe('a clean article', () => {
  test('has no badge text, a tooltip saying so, and a clean popup', async () => {
    const r = await check(PAGES.clean);
    expect(r.badge.text).toBe('');
    expect(r.badge.title).toBe(s.msg('badgeClean'));
    expect(r.heading).toBe(s.msg('statusClean'));
    expect(r.text).not.toContain(s.msg('statusSuspected'));
    await saveScreenshot(r.popup, 'popup-clean');
    await r.popup.close();
    await r.page.close();
  });
});
