import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// `pnpm test` runs both projects: component tests in happy-dom, then the browser tests, which
// start the real API (serving dist/) and drive it in Chromium, one file at a time.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'happy-dom', include: ['src/**/*.test.ts'], testTimeout: 15_000 },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['e2e/**/*.test.ts'],
            globalSetup: ['e2e/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 30_000,
            // The first start loads the demo county into a fresh embedded PostgreSQL.
            hookTimeout: 150_000,
          },
        },
      ],
    },
  }),
);
