import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { RESERVED_CONNECTIONS } from '../db/pool-guard.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { seedSmallCounty } from '../test/fixtures.js';
import { postGraphQL, signIn, until } from '../test/http.js';
import { createServer } from './server.js';

/**
 * A statement made slow on purpose: `latestMonth` reads village_statistic, which another session
 * holds locked (the session lookup reads other tables, so signing in is not blocked).
 */
const SLOW_QUERY = '{ latestMonth }';

let db: TestDatabase;
let locker: pg.Client;
/** Watches pg_stat_activity from outside the locker's transaction, which would see one snapshot only. */
let watcher: pg.Client;
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

async function lockStatistics() {
  await locker.query('begin');
  await locker.query('lock table village_statistic in access exclusive mode');
}
const unlockStatistics = () => locker.query('rollback');

/** How many of the API's statements wait for the lock now. */
async function waitingOnLock(): Promise<number> {
  const { rows } = await watcher.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`);
  return rows[0].n;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedSmallCounty(db.orm);
  locker = new pg.Client(db.url);
  await locker.connect();
  watcher = new pg.Client(db.url);
  await watcher.connect();
  main = await serve(15_000, 20_000);
  cookie = await signIn(main.base, 'leader');
});
afterAll(async () => {
  for (const { database, close } of opened) {
    await close();
    await database.close();
  }
  await locker.end();
  await watcher.end();
  await db.close();
});

describe('time limits', () => {
  it('answers TIMEOUT (503) when a statement runs past the statement timeout, then serves the next request', async () => {
    const { base } = await serve(300, 20_000);
    await lockStatistics();
    try {
      const { response, body } = await postGraphQL(base, SLOW_QUERY, cookie);
      expect(response.status).toBe(503);
      expect(body.errors?.[0].extensions).toEqual({ code: 'TIMEOUT', reason: 'statementTimeout' });
      expect(JSON.stringify(body)).not.toMatch(/village_statistic|select/i);
    } finally {
      await unlockStatistics();
    }
    expect((await postGraphQL(base, SLOW_QUERY, cookie)).body.data.latestMonth).toBe('2026-10');
  });

  it('answers TIMEOUT when a request runs past its budget, and cancels its statement', async () => {
    const { base } = await serve(60_000, 1_000);
    await lockStatistics();
    try {
      const { response, body } = await postGraphQL(base, SLOW_QUERY, cookie);
      expect(response.status).toBe(503);
      expect(body.errors?.[0].extensions).toEqual({ code: 'TIMEOUT', reason: 'requestTimeout', params: { seconds: 1 } });
      // Cancelled, not left waiting out its 60 s statement timeout on a pooled connection.
      await until('the statement is cancelled', async () => (await waitingOnLock()) === 0);
    } finally {
      await unlockStatistics();
    }
  });
});

describe('fairness', () => {
  it('keeps connections for signing in while slow reports hold all the others', async () => {
    const { base, database } = main;
    const ordinary = (database.orm.config.get('pool')?.max ?? 10) - RESERVED_CONNECTIONS;
    await lockStatistics();
    let reportsDone = 0;
    const reports = Promise.all(Array.from({ length: ordinary + 4 }, () => postGraphQL(base, SLOW_QUERY, cookie).finally(() => reportsDone++)));
    try {
      await until(`the reports hold the ${ordinary} ordinary connections`, async () => (await waitingOnLock()) === ordinary);

      const signedIn = await signIn(base, 'office');
      expect((await postGraphQL(base, '{ viewer { username } }', signedIn)).body.data.viewer).toEqual({ username: 'office' });
      expect(reportsDone).toBe(0);
      expect(await waitingOnLock()).toBe(ordinary);
    } finally {
      await unlockStatistics();
    }
    for (const { body } of await reports) expect(body.data.latestMonth).toBe('2026-10');
  });
});
