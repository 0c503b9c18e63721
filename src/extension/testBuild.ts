/**
 * Whether this is the e2e harness's test build (`npm run build:test`, a Vite `define` in vite.config.ts). Only that
 * build lets the background fetch private and loopback addresses, where its local test web lives. A production build
 * replaces the name with `false`, so no stored setting and no message can turn loopback access on; unit tests, which
 * have no define, get `false` too.
 */
declare const __PROVENANCE_TEST_BUILD__: boolean | undefined;

export const TEST_BUILD: boolean = typeof __PROVENANCE_TEST_BUILD__ === 'boolean' && __PROVENANCE_TEST_BUILD__;
