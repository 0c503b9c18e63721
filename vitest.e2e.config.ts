import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension's test build (dist/chrome-test) in Debian's Chromium against the fixture web (test/web).
// One browser at a time: files run one after another, in one worker, with timeouts that allow a slow CI machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/e2e/summaryReporter.ts'],
  },
});
