/**
 * Ends a vitest run with one line a CI log reader can parse: "tests: 12 passed, 0 failed, 0 skipped (e2e)".
 * Vitest's own summary ends with timing lines, and `npm test` chains several runs, so each run says its count last.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of testModules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const project = testModules[0]?.project.config.include.some((p) => p.includes('e2e')) ? 'e2e' : 'unit';
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped (${project})\n`);
  }
}
