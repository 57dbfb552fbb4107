import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Two projects, told apart by the file name: `*.unit.test.ts` never touches a database, so it runs
// without the global setup that starts PostgreSQL; every other `*.test.ts` gets that setup. Run
// one with `vitest run --project unit` (or `db`); plain `vitest run` runs both.
const UNIT_TESTS = 'src/**/*.unit.test.ts';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for type-graphql; vite would pick the `module` (ESM)
    // entry for our files, and two graphql copies make every scalar "unknown". One file for both.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    // Two workers match the two cores of the machines.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: [UNIT_TESTS] } },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['src/**/*.test.ts'],
          exclude: [UNIT_TESTS],
          // One PostgreSQL for the run; each file gets its own database cloned from a migrated
          // template (src/test/database.ts), so files can run in parallel.
          globalSetup: ['src/test/global-setup.ts'],
        },
      },
    ],
  },
});
