import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { ensureBuilt } from './support/build';
import { startServer } from './support/server';

/** One API server and one browser for the whole e2e run; test files connect to both. */
export default async function setup(project: TestProject) {
  ensureBuilt();
  const server = await startServer();
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }).catch(async (error) => {
    await server.stop();
    throw error;
  });
  project.provide('baseURL', server.baseURL);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserWsEndpoint: string;
  }
}
