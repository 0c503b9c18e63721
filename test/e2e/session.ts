/**
 * One browser with the built extension and the fixture web, for one test file, plus the helpers the tests share:
 * waiting for a final badge, reading the popup as text, saving a screenshot of each state as an artifact.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_WEB } from './fixturePages.ts';
import { launch, REPO_ROOT, waitForBadge, type Badge, type Launched, type LaunchOptions } from './launch.ts';
import { loadMessages, type Messages } from './messages.ts';
import { startTestWeb, type TestWeb } from './server.ts';

export const ARTIFACTS = path.join(REPO_ROOT, 'test-results', 'e2e');

export interface Session {
  web: TestWeb;
  browser: Launched;
  msg: Messages;
  close(): Promise<void>;
}

export async function startSession(options: Omit<LaunchOptions, 'web'> = {}): Promise<Session> {
  const web = await startTestWeb({ webJson: FIXTURE_WEB });
  try {
    const browser = await launch({ ...options, web });
    return {
      web,
      browser,
      msg: loadMessages(options.lang ?? 'en'),
      async close() {
        await browser.close();
        await web.close();
      },
    };
  } catch (e) {
    await web.close();
    throw e;
  }
}

/** Badge texts a reader sees once a check has finished (src/extension/background/badge.ts). */
export const BADGE = { copy: 'COPY', syndicated: 'SYN', suspected: '?', error: '!' } as const;
/** While checking the badge shows an ellipsis. */
const CHECKING = new Set(['…', '...']);

/** The tooltip of a clean page in the session's language (a clean page has no badge text, only this title). */
export function cleanTitle(msg: Messages): string {
  try {
    return msg('badgeClean');
  } catch {
    return 'No signs of copying';
  }
}

/** Finished: any text but the checking one (so a wrong verdict fails fast, not by timeout), or the clean title. */
export const isFinal = (b: Badge, clean: string): boolean =>
  (b.text !== '' && !CHECKING.has(b.text)) || (b.text === '' && b.title === clean);

/** Waits for the badge of a finished check (a verdict or an error), whichever it is. */
export function finalBadge(s: Session, tabId: number, timeoutMs = 60_000): Promise<Badge> {
  const clean = cleanTitle(s.msg);
  return waitForBadge(s.browser, tabId, (b) => isFinal(b, clean), timeoutMs);
}

/** A message with its placeholders turned into a pattern (digits for numbers, anything for the rest). */
export function messagePattern(msg: Messages, key: string, capture = '(\\d+)'): RegExp {
  const marker = '\u0000';
  const text = msg(key, marker, marker, marker);
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.split(marker).join(capture));
}

/** The value shown next to a label (a <dt>/<dd> pair, "Label: value", or the label's line then the next). */
export function valueAfter(text: string, label: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const i = lines.findIndex((l) => l.startsWith(label));
  if (i < 0) return null;
  const rest = lines[i]!.slice(label.length).replace(/^[:\s]+/, '');
  return rest || lines[i + 1] || null;
}

/** The popup's visible text once its status heading shows, with the evidence section opened. */
export async function popupText(popup: Page, msg: Messages): Promise<string> {
  await popup.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 15_000 });
  const evidence = popup.getByText(messagePattern(msg, 'evidenceHeading'));
  if (await evidence.count()) {
    await evidence.first().click();
    await popup.waitForTimeout(100);
  }
  return popup.locator('body').innerText();
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
