import { defineConfig } from 'vitest/config';

// The robustness harness over the shared corpus: `npx vitest run -c test/robustness/vitest.config.ts`.
export default defineConfig({
  test: {
    include: ['test/robustness/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
  },
});
