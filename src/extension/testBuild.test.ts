import type { UserConfig } from 'vite';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TEST_BUILD } from './testBuild.ts';

// Loopback access is a build-time constant: false in every build but the e2e harness's, and never a setting.
async function configFor(testBuild: string | undefined, browser: string): Promise<UserConfig> {
  vi.resetModules();
  vi.stubEnv('PROVENANCE_TEST_BUILD', testBuild);
  vi.stubEnv('PROVENANCE_BROWSER', browser);
  const { default: config } = (await import('../../vite.config.ts')) as { default: UserConfig };
  return config;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the test build flag', () => {
  test('unit tests, which have no define, run as a production build', () => {
    expect(TEST_BUILD).toBe(false);
  });

  test.each(['chrome', 'firefox'])(
    '%s: the production build defines it false, into dist/<browser>',
    async (browser) => {
      const config = await configFor(undefined, browser);
      expect(config.define?.__PROVENANCE_TEST_BUILD__).toBe('false');
      expect(config.build?.outDir).toMatch(new RegExp(`dist[\\\\/]${browser}$`));
    },
  );

  test.each(['chrome', 'firefox'])('%s: only --test defines it true, into its own folder', async (browser) => {
    const config = await configFor('1', browser);
    expect(config.define?.__PROVENANCE_TEST_BUILD__).toBe('true');
    expect(config.build?.outDir).toMatch(new RegExp(`dist[\\\\/]${browser}-test$`));
  });
});
