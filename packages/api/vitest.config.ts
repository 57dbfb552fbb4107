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
      // Pure files share one module graph per worker (one schema build, not one per file). The
      // database files stay isolated: session.service.ts keeps its sign-in throttle in module
      // scope, and session.service.test.ts mocks a module, so sharing would leak between files.
      { extends: true, test: { name: 'unit', include: [UNIT_TESTS], isolate: false } },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['src/**/*.test.ts'],
          exclude: [UNIT_TESTS],
          // One PostgreSQL for the run; each file gets its own database cloned from a migrated
          // template (src/test/database.ts), so files can run in parallel.
          globalSetup: ['src/test/global-setup.ts'],
          // Fails a file that sends a statement to a connection still busy with another (pg 9 refuses it).
          setupFiles: ['src/test/no-concurrent-queries.ts'],
        },
      },
    ],
  },
});
