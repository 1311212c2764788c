import { defineConfig } from 'vitest/config';

// Three kinds of test, told apart by file name:
//   *.test.ts         unit: pure code, no I/O beyond temp files
//   *.medium.test.ts  medium: real PGlite, real PostgreSQL, real DuckDB
//   e2e/*.e2e.test.ts end-to-end: the built product in Debian's Chromium
export default defineConfig({
  test: {
    reporters: ['default'],
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
