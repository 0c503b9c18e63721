import { defineConfig } from 'vitest/config';

// Unit and component tests live beside the code (src/**/*.test.ts[x]) and in test/ (fixtures, golden pages).
// End-to-end tests in real Chromium have their own config: vitest.e2e.config.ts.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
      'test/corpus/**/*.test.ts',
      'test/robustness/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
