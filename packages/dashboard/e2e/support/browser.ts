import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo';

/** Connects this test file to the run's shared browser (started once in global-setup). */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserWsEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors in the page: a passing test must leave this empty. */
  errors: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A fresh browser context (own cookies and storage), signed in as a demo user through the API
 * unless `username` is null. The sign-in form itself is tested in sign-in.test.ts.
 */
export async function openSession(
  browser: Browser,
  username: string | null,
  options: { locale?: 'zh-CN' | 'en'; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const context = await browser.newContext({ baseURL: inject('baseURL'), viewport: options.viewport ?? { width: 1366, height: 768 } });
  await context.addInitScript((locale) => {
    if (!localStorage.getItem('township.locale')) localStorage.setItem('township.locale', locale);
  }, options.locale ?? 'zh-CN');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed GraphQL answers (refusals) are logged by the browser as failed resources: not app errors.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
  });

  async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await context.request.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }
  if (username) {
    await gql('mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', { u: username, p: DEMO_PASSWORD });
  }
  return { context, page, errors, gql, close: () => context.close() };
}

/**
 * One signed-in session for a whole test file: opened before its tests (and handed to `opened`),
 * closed after them, and the file fails if the page logged an error or threw at any point.
 */
export function useSignedInSession(username: string, opened: (session: Session) => void): void {
  const browser = useBrowser();
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(browser(), username);
    opened(session);
  });
  afterAll(async () => {
    expect(session?.errors).toEqual([]);
    await session?.close();
  });
}
