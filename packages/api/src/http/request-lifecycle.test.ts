import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { seedSmallCounty } from '../test/fixtures.js';
import { postGraphQL, signIn, until } from '../test/http.js';
import { lockStatistics, SLOW_QUERY } from '../test/table-lock.js';
import { createServer } from './server.js';

let db: TestDatabase;
let cookie: string;
/** The request log as the server wrote it, one parsed JSON line each. */
const logged: Record<string, unknown>[] = [];
let logServer: Awaited<ReturnType<typeof createServer>>;
let logBase: string;

async function start(logger = createLogger('silent')) {
  const server = await createServer({ orm: db.orm, dashboardDir: '/nonexistent', logger });
  return { server, base: `http://127.0.0.1:${await server.listen(0)}` };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedSmallCounty(db.orm);
  ({ server: logServer, base: logBase } = await start(createLogger('info', { write: (line: string) => logged.push(JSON.parse(line)) })));
  cookie = await signIn(logBase, 'leader');
});
afterAll(async () => {
  await logServer.close();
  await db.close();
});

const lineOf = async (requestId: string) => {
  await until(`request ${requestId} is logged`, () => logged.some((line) => line.reqId === requestId));
  return logged.find((line) => line.reqId === requestId);
};

describe('the request log', () => {
  it('writes one JSON line per request: id (also the X-Request-Id header), user, operation, duration, SQL statements, outcome, status', async () => {
    const { response } = await postGraphQL(logBase, 'query LatestMonth { latestMonth }', cookie);
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await lineOf(id)).toEqual({
      level: 30,
      time: expect.any(String),
      msg: 'request',
      reqId: id,
      method: 'POST',
      path: '/graphql',
      status: 200,
      // The session lookup, then latestMonth's one statement.
      user: 'leader',
      operation: 'LatestMonth',
      sql: 2,
      ms: expect.any(Number),
      outcome: 'ok',
    });
    expect(logged.filter((line) => line.reqId === id)).toHaveLength(1);
  });

  it("names the error code as the outcome, and keeps a caller's plain request id", async () => {
    const response = await fetch(`${logBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-42', cookie },
      body: JSON.stringify({ query: '{ nonsense }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('proxy-42');
    expect(await lineOf('proxy-42')).toMatchObject({ status: 400, user: 'leader', outcome: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('stopping', () => {
  it('drains: a request under way finishes, a new one is refused with 503, then the server closes', async () => {
    const { server, base } = await start();
    const lock = await lockStatistics(db.url);
    let underWay: ReturnType<typeof postGraphQL>;
    let closing: Promise<void>;
    let closed = false;
    try {
      underWay = postGraphQL(base, SLOW_QUERY, cookie);
      await until('the request is under way', async () => (await lock.waiting()) === 1);
      closing = server.close().then(() => void (closed = true));

      const refused = await postGraphQL(base, SLOW_QUERY, cookie);
      expect(refused.response.status).toBe(503);
      expect(refused.response.headers.get('connection')).toBe('close');
      expect(refused.body.errors?.[0].extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', reason: 'serverStopping' });
      expect(closed).toBe(false);
    } finally {
      await lock.release();
    }
    expect((await underWay).body.data).toEqual({ latestMonth: '2026-10' });
    await closing;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
