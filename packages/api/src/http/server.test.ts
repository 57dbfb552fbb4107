import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { addMonths } from '@township/shared';
import { withHttpServer } from '../test/http.js';
import { EXAMPLE_QUERY } from './explorer.js';

const served = withHttpServer();

async function gql(query: string, cookie?: string) {
  const response = await fetch(`${served.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] } };
}

const login = (username: string, password: string) => gql(`mutation { login(username: "${username}", password: "${password}") { username role } }`);
const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0];

describe('HTTP server', () => {
  it('answers health and readiness', async () => {
    expect(await (await fetch(`${served.base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${served.base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('signs in with an httpOnly SameSite cookie, and out again', async () => {
    const { response, body } = await login('leader', 'secret');
    expect(body.data.login).toEqual({ username: 'leader', role: 'LEADER' });
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = cookieOf(response);
    expect((await gql('{ viewer { username } }', cookie)).body.data.viewer).toEqual({ username: 'leader' });
    await gql('mutation { logout }', cookie);
    expect((await gql('{ viewer { username } }', cookie)).body.data.viewer).toBeNull();
  });

  it('refuses a wrong password without telling whether the user exists', async () => {
    const wrong = await login('leader', 'nope');
    const unknown = await login('nobody', 'secret');
    expect(wrong.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
  });

  it('backs off a user name at one address after five wrong passwords, with 429 and Retry-After, locking no one else out', async () => {
    // Time stands still, so the one-second back-off cannot run out before the sixth attempt.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    for (let i = 0; i < 5; i++) expect((await login('analyst', 'guess')).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const refused = await login('analyst', 'secret');
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('retry-after')).toBe('1');
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfter: 1, reason: 'nameAtAddressBackOff' } });
    expect((await login('office', 'secret')).body.data.login.username).toBe('office');
  });

  it('shows the schema to signed-in users only, however the question is spelt', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Query") { fields { name } } }',
      '{ s: __schema { types { name } } }',
      'query { ...Peek } fragment Peek on Query { __schema { queryType { name } } }',
      '{ viewer { username } __schema { queryType { name } } }',
    ]) {
      const { response, body } = await gql(query);
      expect(response.status, query).toBe(401);
      expect(body.data, query).toBeUndefined();
      expect(body.errors?.[0].extensions.code, query).toBe('UNAUTHENTICATED');
    }
    expect((await gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    const cookie = cookieOf((await login('leader', 'secret')).response);
    expect((await gql('{ __schema { queryType { name } } }', cookie)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('shows the audit trail to administrators only', async () => {
    const admin = cookieOf((await login('admin', 'secret')).response);
    const leader = cookieOf((await login('leader', 'secret')).response);
    await gql(`mutation { updateVillage(id: 4, input: { households: 300 }) { name } }`, leader);
    const trail = await gql('{ auditRecords(first: 5) { totalCount nodes { username action entityType before after } } }', admin);
    expect(trail.body.data.auditRecords.nodes[0]).toMatchObject({
      username: 'leader',
      action: 'updateVillage',
      entityType: 'Village',
      after: { households: 300 },
    });
    expect((await gql('{ auditRecords(first: 5) { totalCount } }', leader)).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('serves the self-hosted GraphQL explorer', async () => {
    const page = await (await fetch(`${served.base}/explorer/`)).text();
    expect(page).toContain('/explorer/assets/graphiql.js');
    expect((await fetch(`${served.base}/explorer/assets/graphiql.js`)).status).toBe(200);
  });

  it("answers the explorer's example, filled in as the page does, with each township's indicators", async () => {
    const cookie = cookieOf((await login('leader', 'secret')).response);
    const { viewer, latestMonth } = (await gql('{ viewer { scope { id } } latestMonth }', cookie)).body.data;
    const query = EXAMPLE_QUERY.replace('PARENT_ID', viewer.scope.id).replace('FROM', addMonths(latestMonth, -11)).replace('TO', latestMonth);
    const { body } = await gql(query, cookie);
    expect(body.errors).toBeUndefined();
    expect(body.data.indicatorBreakdown.map((row: { orgUnit: { name: string } }) => row.orgUnit.name)).toEqual(['东镇', '西乡']);
    expect(body.data.indicatorBreakdown[0].values.find((v: { key: string }) => v.key === 'BIRTH_RATE').value).toEqual(expect.any(Number));
  });
});
