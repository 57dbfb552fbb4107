import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withHttpServer } from '../../test/http.js';

// Sign-in over real HTTP. Clients at different addresses are told apart the way a reverse proxy on
// the same host tells the server (X-Forwarded-For, trusted from loopback only).
const served = withHttpServer();

// Time stands still in these tests, so no back-off runs out while a burst is still arriving.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  cookie: string | undefined;
  data?: any;
  error?: { message: string; extensions: Record<string, any> };
}

async function post(query: string, from: string, cookie?: string): Promise<Answer> {
  const response = await fetch(`${served.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: Answer['error'][] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    cookie: response.headers.get('set-cookie')?.split(';')[0],
    data: body.data,
    error: body.errors?.[0],
  };
}

const login = (username: string, password: string, from: string) =>
  post(`mutation { login(username: ${JSON.stringify(username)}, password: ${JSON.stringify(password)}) { username } }`, from);
const codes = (answers: Answer[]) => answers.map((answer) => answer.error?.extensions.code ?? 'SIGNED_IN');
const count = (values: string[], value: string) => values.filter((v) => v === value).length;

describe('signing in over HTTP', () => {
  it('lets `leader` in from their own address while a stranger hammers `leader` from another', async () => {
    const stranger = '203.0.113.7';
    const guesses = [];
    for (let i = 0; i < 10; i++) guesses.push(await login('leader', `guess-${i}`, stranger));
    expect(codes(guesses)).toEqual([...Array<string>(5).fill('UNAUTHENTICATED'), ...Array<string>(5).fill('TOO_MANY_ATTEMPTS')]);
    expect(guesses[9]).toMatchObject({
      status: 429,
      retryAfter: '1',
      error: { extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfter: 1, reason: 'nameAtAddressBackOff', params: { retryAfter: 1, freeFailures: 5 } } },
    });
    expect(await login('leader', 'secret', '198.51.100.20')).toMatchObject({ status: 200, data: { login: { username: 'leader' } } });
  });

  it('checks at most the allowance of 40 wrong guesses sent together', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login('analyst', `guess-${i}`, '203.0.113.8')));
    expect(count(codes(answers), 'UNAUTHENTICATED')).toBe(5);
    expect(count(codes(answers), 'TOO_MANY_ATTEMPTS')).toBe(35);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(35);
  });

  it('refuses the right password inside a burst of wrong ones, without checking it', async () => {
    const from = '203.0.113.9';
    const first = await Promise.all(Array.from({ length: 5 }, (_, i) => login('office', `guess-${i}`, from)));
    const burst = await Promise.all([...Array.from({ length: 25 }, (_, i) => login('office', `guess-${i + 5}`, from)), login('office', 'secret', from)]);
    expect(codes(first)).toEqual(Array<string>(5).fill('UNAUTHENTICATED'));
    expect(codes(burst)).toEqual(Array<string>(26).fill('TOO_MANY_ATTEMPTS'));
    expect(burst[25].cookie).toBeUndefined();
  });

  it('leaves audit records of sign-in, sign-out and refusals, shown to administrators', async () => {
    const desk = '198.51.100.30';
    await login('eastleader', 'wrong', desk);
    await login('ghost', 'wrong', desk);
    const signedIn = await login('eastleader', 'secret', desk);
    await post('mutation { logout }', desk, signedIn.cookie);
    const guesser = '203.0.113.10';
    for (let i = 0; i < 8; i++) await login('village', `guess-${i}`, guesser);
    const admin = (await login('admin', 'secret', '198.51.100.31')).cookie;
    const trail = await post(
      `{ auditRecords(first: 50, filter: { entityType: "SignIn" }) { nodes { username action entityId after } } }`,
      '198.51.100.31',
      admin,
    );
    const records = trail.data.auditRecords.nodes as { username: string; action: string; after: Record<string, unknown> }[];
    expect(records.filter((r) => r.after.address === desk).reverse()).toEqual([
      { username: 'eastleader', action: 'login', entityId: 'eastleader', after: { outcome: 'WRONG_PASSWORD', address: desk } },
      { username: 'ghost', action: 'login', entityId: 'ghost', after: { outcome: 'UNKNOWN_USER', address: desk } },
      { username: 'eastleader', action: 'login', entityId: 'eastleader', after: { outcome: 'SIGNED_IN', address: desk } },
      { username: 'eastleader', action: 'logout', entityId: 'eastleader', after: { outcome: 'SIGNED_OUT', address: desk } },
    ]);
    // Five checked and refused, then three throttled: the first of those recorded, the others folded into a later record.
    expect(
      records
        .filter((r) => r.after.address === guesser)
        .reverse()
        .map((r) => r.after),
    ).toEqual([
      ...Array<object>(5).fill({ outcome: 'WRONG_PASSWORD', address: guesser }),
      { outcome: 'THROTTLED', address: guesser, reason: 'nameAtAddressBackOff', refusals: 1, retryAfter: 1 },
    ]);
  });
});
