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
