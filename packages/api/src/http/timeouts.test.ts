import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { RESERVED_CONNECTIONS } from '../db/pool-guard.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { seedSmallCounty } from '../test/fixtures.js';
import { postGraphQL, signIn, until } from '../test/http.js';
import { lockStatistics, SLOW_QUERY } from '../test/table-lock.js';
import { createServer } from './server.js';

let db: TestDatabase;
/** A server with the default limits, and the leader's session (valid on every server of the file). */
let main: { base: string; database: Database };
let cookie: string;
const opened: { database: Database; close(): Promise<void> }[] = [];

/** A server over the file's database whose connections carry `statementTimeoutMs`. */
async function serve(statementTimeoutMs: number, requestTimeoutMs: number): Promise<{ base: string; database: Database }> {
  const database = await openDatabase({ databaseUrl: db.url, dataDir: '', statementTimeoutMs });
  const server = await createServer({ orm: database.orm, dashboardDir: '/nonexistent', requestTimeoutMs });
  const base = `http://127.0.0.1:${await server.listen(0)}`;
  opened.push({ database, close: () => server.close() });
  return { base, database };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedSmallCounty(db.orm);
  main = await serve(15_000, 20_000);
  cookie = await signIn(main.base, 'leader');
});
afterAll(async () => {
  for (const { database, close } of opened) {
    await close();
    await database.close();
  }
  await db.close();
});

describe('time limits', () => {
  it('answers TIMEOUT (503) when a statement runs past the statement timeout, then serves the next request', async () => {
    const { base } = await serve(300, 20_000);
    const lock = await lockStatistics(db.url);
    try {
      const { response, body } = await postGraphQL(base, SLOW_QUERY, cookie);
      expect(response.status).toBe(503);
      expect(body.errors?.[0].extensions).toEqual({ code: 'TIMEOUT', reason: 'statementTimeout' });
      expect(JSON.stringify(body)).not.toMatch(/village_statistic|select/i);
    } finally {
      await lock.release();
    }
    expect((await postGraphQL(base, SLOW_QUERY, cookie)).body.data.latestMonth).toBe('2026-10');
  });

  it('answers TIMEOUT when a request runs past its budget, and cancels its statement', async () => {
    const { base } = await serve(60_000, 1_000);
    const lock = await lockStatistics(db.url);
    try {
      const { response, body } = await postGraphQL(base, SLOW_QUERY, cookie);
      expect(response.status).toBe(503);
      expect(body.errors?.[0].extensions).toEqual({ code: 'TIMEOUT', reason: 'requestTimeout', params: { seconds: 1 } });
      // Cancelled, not left waiting out its 60 s statement timeout on a pooled connection.
      await until('the statement is cancelled', async () => (await lock.waiting()) === 0);
    } finally {
      await lock.release();
    }
  });
});

describe('fairness', () => {
  it('keeps connections for signing in while slow reports hold all the others', async () => {
    const { base, database } = main;
    const ordinary = (database.orm.config.get('pool')?.max ?? 10) - RESERVED_CONNECTIONS;
    const lock = await lockStatistics(db.url);
    let reportsDone = 0;
    const reports = Promise.all(Array.from({ length: ordinary + 4 }, () => postGraphQL(base, SLOW_QUERY, cookie).finally(() => reportsDone++)));
    try {
      await until(`the reports hold the ${ordinary} ordinary connections`, async () => (await lock.waiting()) === ordinary);

      const signedIn = await signIn(base, 'office');
      expect((await postGraphQL(base, '{ viewer { username } }', signedIn)).body.data.viewer).toEqual({ username: 'office' });
      expect(reportsDone).toBe(0);
      expect(await lock.waiting()).toBe(ordinary);
    } finally {
      await lock.release();
    }
    for (const { body } of await reports) expect(body.data.latestMonth).toBe('2026-10');
  });
});
