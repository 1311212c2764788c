import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The end-to-end files share one server and its catalogue, and some add data to it (a simulated month of orders)
 * that other files' figures would then include: they run in the order of their names on every machine, as on a
 * fresh clone, whatever the durations a previous run cached. The other files keep vitest's order.
 */
class EndToEndInNameOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const endToEnd = sorted.filter((f) => f.project.name === 'e2e');
    return [
      ...sorted.filter((f) => f.project.name !== 'e2e'),
      ...endToEnd.sort((a, b) => a.moduleId.localeCompare(b.moduleId)),
    ];
  }
}

// Three kinds of test, told apart by file name:
//   *.test.ts         unit: pure code, no I/O beyond temp files
//   *.medium.test.ts  medium: real PGlite, real PostgreSQL, real DuckDB
//   e2e/*.e2e.test.ts end-to-end: the built product in Debian's Chromium
export default defineConfig({
  test: {
    reporters: ['default'],
    sequence: { sequencer: EndToEndInNameOrder },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: ['**/*.medium.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'medium',
          include: ['packages/*/src/**/*.medium.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite instances are memory-hungry: one file at a time per worker is plenty on 2 cores.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ['e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
