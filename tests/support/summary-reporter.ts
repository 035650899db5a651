import type { Reporter, TestModule } from 'vitest/node';

/** Prints one plain closing line, `N passed, N failed, N skipped`, after vitest's own summary. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const byProject = new Map<string, typeof counts>();
    for (const module of testModules) {
      const project = module.project.name || 'default';
      const bucket = byProject.get(project) ?? { passed: 0, failed: 0, skipped: 0 };
      byProject.set(project, bucket);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        const key = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        bucket[key] += 1;
        counts[key] += 1;
      }
    }
    for (const [project, c] of byProject) {
      console.log(`  ${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    }
    console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
