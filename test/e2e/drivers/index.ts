/** Launches the named browser with the built extension behind the one Driver interface (driver.ts). */
import { launchChromium } from './chromium.ts';
import type { BrowserName, Driver, DriverOptions } from './driver.ts';
import { launchFirefox } from './firefox.ts';

export type { Badge, BrowserName, Driver, DriverOptions, DriverPage } from './driver.ts';
export { until, waitForBadge } from './driver.ts';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The browsers the key flows run in: both, unless PROVENANCE_E2E_BROWSERS names a subset ("firefox"). */
export function e2eBrowsers(env = process.env.PROVENANCE_E2E_BROWSERS): BrowserName[] {
  if (!env) return [...BROWSERS];
  const names = env
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !BROWSERS.includes(n as BrowserName));
  if (unknown.length)
    throw new Error(`PROVENANCE_E2E_BROWSERS: unknown browser ${unknown.join(', ')} (chromium | firefox)`);
  return names as BrowserName[];
}

export function launchDriver(name: BrowserName, options: DriverOptions): Promise<Driver> {
  return name === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
