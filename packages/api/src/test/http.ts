import { afterAll, beforeAll } from 'vitest';
import { createServer } from '../http/server.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { seedSmallCounty } from './fixtures.js';

/**
 * The small county behind the real HTTP server on a free loopback port, for one test file: set up
 * before its tests, closed after them. Read `db` and `base` inside tests (they are filled in then).
 */
export function withHttpServer(): { db: TestDatabase; base: string } {
  const state = {} as { db: TestDatabase; base: string; server: Awaited<ReturnType<typeof createServer>> };
  beforeAll(async () => {
    state.db = await createTestDatabase();
    await seedSmallCounty(state.db.orm);
    state.server = await createServer({ orm: state.db.orm, dashboardDir: '/nonexistent' });
    state.base = `http://127.0.0.1:${await state.server.listen(0)}`;
  });
  afterAll(async () => {
    await state.server.close();
    await state.db.close();
  });
  return state;
}

/** A GraphQL answer as the tests read it. */
export interface Answer {
  response: Response;
  body: { data?: any; errors?: { message: string; extensions: { code: string; reason?: string; params?: Record<string, number> } }[] };
}

/** Posts one GraphQL operation to a test server at `base`, as the holder of `cookie` if given. */
export async function postGraphQL(base: string, query: string, cookie?: string): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as Answer['body'] };
}

/** Signs in and returns the session cookie to send with later requests. */
export async function signIn(base: string, username: string, password = 'secret'): Promise<string> {
  const { response, body } = await postGraphQL(base, `mutation { login(username: "${username}", password: "${password}") { username } }`);
  if (!body.data?.login) throw new Error(`${username} could not sign in: ${JSON.stringify(body.errors)}`);
  return response.headers.get('set-cookie')!.split(';')[0];
}

/** Waits until `check` holds, polling every `everyMs` for at most `tries` times; fails naming `what`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, { tries = 600, everyMs = 50 } = {}): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`Gave up waiting until ${what}`);
}
