import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { seedSmallCounty, type SmallCounty } from '../test/fixtures.js';
import { MAX_IMPORT_BYTES } from '../modules/surveys/index.js';
import { MAX_BODY_BYTES } from './protocol.js';
import { createServer } from './server.js';

let db: TestDatabase;
let ids: SmallCounty;
const servers: Awaited<ReturnType<typeof createServer>>[] = [];

/** A server on a free port; `rateLimits` small enough for a test to spend them. */
async function start(rateLimits?: Parameters<typeof createServer>[0]['rateLimits']) {
  const server = await createServer({ orm: db.orm, dashboardDir: '/nonexistent', rateLimits });
  servers.push(server);
  return `http://127.0.0.1:${await server.listen(0)}`;
}

let base: string;
let leader: string;
beforeAll(async () => {
  db = await createTestDatabase();
  ids = await seedSmallCounty(db.orm);
  base = await start();
  leader = await signIn(base, 'leader');
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await db.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: any; errors?: { message: string; extensions: { code: string; reason?: string; params?: Record<string, unknown>; retryAfter?: number } }[] };
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

const gql = (query: string, { cookie, variables, at = base, from }: { cookie?: string; variables?: object; at?: string; from?: string } = {}) =>
  post(`${at}/graphql`, JSON.stringify({ query, variables }), { ...(cookie ? { cookie } : {}), ...(from ? { 'x-forwarded-for': from } : {}) });

async function signIn(at: string, username: string, from?: string) {
  const response = await fetch(`${at}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "secret") { username } }` }),
  });
  return response.headers.get('set-cookie')!.split(';')[0];
}

/** The refusal of an over-limit operation, and proof that the server still answers the next request. */
async function expectTooComplex(answer: Answer, reason: string, params: { limit: number; actual?: number }) {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  const [error] = answer.body.errors!;
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason, params: { limit: params.limit, actual: params.actual ?? expect.any(Number) } });
  expect((error.extensions.params!.actual as number) > params.limit).toBe(true);
  expect(error.message).toContain(`the limit is ${params.limit.toLocaleString('en')}`);
  expect(error.message).toContain((error.extensions.params!.actual as number).toLocaleString('en'));
  expect((await gql('{ viewer { username } }', { cookie: leader })).body).toEqual({ data: { viewer: { username: 'leader' } } });
}

const period = '{ from: "2026-01", to: "2026-06" }';
const hotspots = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `h${i}: complaintHotspots(orgUnitId: ${ids.countyId}, period: ${period}) { cells { count } }`).join('\n')} }`;

describe('limits on what one operation may ask for', () => {
  it('lets a signed-in explorer read the whole schema (GraphiQL’s introspection query)', async () => {
    const { status, body } = await gql(getIntrospectionQuery(), { cookie: leader });
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('answers an ordinary page of 100 villages', async () => {
    const { body } = await gql('{ villages(first: 100) { totalCount nodes { id name township { name } } } }', { cookie: leader });
    expect(body.errors).toBeUndefined();
    expect(body.data.villages.totalCount).toBe(3);
  });

  it('refuses a few hundred aliases of complaintHotspots by their length, before anything runs', async () => {
    await expectTooComplex(await gql(hotspots(300), { cookie: leader }), 'maxTokens', { limit: 2000 });
  });

  it('refuses more than 30 aliases', async () => {
    await expectTooComplex(await gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: latestMonth`).join(' ')} }`, { cookie: leader }), 'maxAliases', {
      limit: 30,
      actual: 31,
    });
    const thirty = await gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: latestMonth`).join(' ')} }`, { cookie: leader });
    expect(thirty.body.errors).toBeUndefined();
  });

  it('refuses a dozen complaintHotspots reports in one operation by their cost', async () => {
    await expectTooComplex(await gql(hotspots(12), { cookie: leader }), 'maxCost', { limit: 50_000 });
  });

  it('refuses a dozen copies of the schema in one operation by their cost', async () => {
    const copies = Array.from({ length: 12 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ');
    await expectTooComplex(await gql(`{ ${copies} }`, { cookie: leader }), 'maxCost', { limit: 50_000, actual: 60_000 });
  });

  it('refuses villages → assignments → cadre → assignments … nested deeper than 10', async () => {
    const nest = (levels: number): string => (levels === 0 ? 'id' : `assignments { cadre { id ${nest(levels - 1)} } }`);
    await expectTooComplex(await gql(`{ villages(first: 100) { nodes { ${nest(6)} } } }`, { cookie: leader }), 'maxDepth', { limit: 10, actual: 15 });
  });

  it('refuses nested pages whose sizes multiply past the budget, with the figures sent as variables', async () => {
    const query = `query Nested($n: Int!) { complaints(first: $n) { nodes { complainant { complaints(first: $n) { nodes { complainant { complaints(first: $n) { nodes { id } } } } } } } } }`;
    await expectTooComplex(await gql(query, { cookie: leader, variables: { n: 100 } }), 'maxCost', { limit: 50_000 });
    const small = await gql(query, { cookie: leader, variables: { n: 5 } });
    expect(small.body.errors).toBeUndefined();
  });

  it('refuses fragments spread inside fragments that multiply past what is worth counting', async () => {
    const doubling = Array.from({ length: 15 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
    const answer = await gql(`{ ...F15 } fragment F0 on Query { latestMonth } ${doubling}`, { cookie: leader });
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0]).toMatchObject({
      message: expect.stringContaining('too tangled to price'),
      extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'maxCost', params: { limit: 50_000, actual: null } },
    });
  });

  it('refuses more than 100 root fields, counted through fragments', async () => {
    const fields = (count: number) => Array.from({ length: count }, () => 'latestMonth').join(' ');
    await expectTooComplex(await gql(`{ ${fields(101)} }`, { cookie: leader }), 'maxRootFields', { limit: 100, actual: 101 });
    const spread = `{ ...A ...B ... on Query { latestMonth } } fragment A on Query { ${fields(60)} } fragment B on Query { ${fields(40)} }`;
    await expectTooComplex(await gql(spread, { cookie: leader }), 'maxRootFields', { limit: 100, actual: 101 });
    expect((await gql(`{ ${fields(100)} }`, { cookie: leader })).body.errors).toBeUndefined();
  });

  it('refuses an anonymous document of 56,000 aliased __typename by its size, and smaller ones by their tokens', async () => {
    const typenames = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const huge = await gql(typenames(56_173));
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      reason: 'maxBodyBytes',
      params: { limit: MAX_BODY_BYTES, actual: expect.any(Number) },
    });
    await expectTooComplex(await gql(typenames(1_000)), 'maxTokens', { limit: 2000, actual: 1_000 * 3 + 2 });
    // Counting stops at 20,000 tokens: a body of one-character tokens must not hold the event loop.
    const uncounted = await gql(typenames(30_000));
    expect(uncounted.status).toBe(400);
    expect(uncounted.body.errors![0]).toMatchObject({
      message: expect.stringContaining('more than 20,000 tokens; the limit is 2,000'),
      extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'maxTokens', params: { limit: 2000, actual: null } },
    });
  });

  it('takes a body as large as the largest survey import file, in base64, with its operation', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan((MAX_IMPORT_BYTES * 4) / 3 + 10_000);
  });
});

describe('the protocol', () => {
  const expectJsonWithoutInternals = (answer: Answer, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body.errors![0].extensions.code).toBe(code);
    expect(answer.text).not.toMatch(/node_modules|\/work\/|\bat [\w.]+ \(|<html/i);
  };

  it('answers a malformed JSON body in JSON, without a stack or file paths', async () => {
    const answer = await post(`${base}/graphql`, '{"query": "{ viewer { username } }"');
    expectJsonWithoutInternals(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors![0].extensions.reason).toBe('malformedJson');
  });

  it('refuses batched operations (a JSON array)', async () => {
    const answer = await post(`${base}/graphql`, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expectJsonWithoutInternals(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors![0].extensions).toMatchObject({ reason: 'batchedOperations', params: { operations: 2 } });
  });

  it('answers a body that is not JSON, and paths nobody serves, in JSON', async () => {
    expectJsonWithoutInternals(await post(`${base}/graphql`, 'query { viewer { username } }', { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST');
    expectJsonWithoutInternals(await post(`${base}/graphql`, '{"query": 1}', { 'content-type': 'application/json; charset=latin-9' }), 415, 'BAD_USER_INPUT');
    expectJsonWithoutInternals(await post(`${base}/nowhere`, '{}'), 404, 'NOT_FOUND');
    const missing = await fetch(`${base}/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('rate limits', () => {
  const page = '{ villages(first: 100) { nodes { id name } } }';

  it('stops a user who spends their budget with 429 and Retry-After, while others are served', async () => {
    const limited = await start({ userCostPerMinute: 3_000, addressCostPerMinute: 1_000_000 });
    const cookie = await signIn(limited, 'leader');
    const answers: Answer[] = [];
    for (let i = 0; i < 20 && !answers.some((a) => a.status === 429); i++) answers.push(await gql(page, { cookie, at: limited }));
    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(answers.slice(0, -1).every((a) => a.status === 200)).toBe(true);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', reason: 'userCostPerMinute', params: { limit: 3_000 }, retryAfter });
    expect(refused.body.errors![0].message).toContain(`Try again in ${retryAfter} s`);

    const office = await signIn(limited, 'office');
    expect((await gql(page, { cookie: office, at: limited })).status).toBe(200);
  });

  it('stops an address that spends its budget, whoever signs in from it, and not other addresses', async () => {
    const limited = await start({ userCostPerMinute: 1_000_000, addressCostPerMinute: 3_000 });
    const from = '10.1.2.3';
    const cookies = [await signIn(limited, 'leader', from), await signIn(limited, 'office', from)];
    let refused: Answer | undefined;
    for (let i = 0; i < 20 && !refused; i++) {
      const answer = await gql(page, { cookie: cookies[i % 2], at: limited, from });
      if (answer.status === 429) refused = answer;
    }
    expect(refused?.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'addressCostPerMinute', params: { limit: 3_000 } });
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await gql(page, { cookie: cookies[0], at: limited, from: '10.9.9.9' })).status).toBe(200);
  });
});
