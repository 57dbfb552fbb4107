import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for type-graphql; vite would pick the `module` (ESM)
    // entry for our files, and two graphql copies make every scalar "unknown". One file for both.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/no-concurrent-queries.ts'],
    // Each test file gets its own database cloned from a migrated template, so files can run in
    // parallel; two workers match the two cores of the machines.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
