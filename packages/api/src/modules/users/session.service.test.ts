import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import * as password from './password.js';
import { signIn, signOut } from './session.service.js';

// The real check, watched: the tests ask which hash each attempt was checked against.
vi.mock('./password.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password.js')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const county = withSmallCounty();
const em = () => county.db.orm.em.fork();
const sql = <T = Record<string, any>>(query: string, params: unknown[] = []) => county.db.orm.em.getConnection().execute<T[]>(query, params);
const trail = (name: string) =>
  sql<{ user_id: number | null; username: string; action: string; after: Record<string, unknown> }>(
    `select user_id, username, action, after from audit_record where entity_type = 'SignIn' and entity_id = ? order by id`,
    [name],
  );
const userId = async (username: string) => (await sql<{ id: number }>('select id from app_user where username = ?', [username]))[0].id;
const attempt = (username: string, secret: string, address = '192.0.2.1') => signIn(em(), { username, password: secret, address });

beforeEach(() => {
  vi.mocked(password.verifyPassword).mockClear();
});

describe('signing in', () => {
  it('checks the password of a known, an unknown and a disabled user with the same scrypt work, and answers alike', async () => {
    await sql(`update app_user set active = false where username = 'department'`);
    const answers = await Promise.all(
      [attempt('leader', 'wrong'), attempt('nobody', 'secret'), attempt('department', 'secret')].map((p) => p.catch((e: Error) => e)),
    );
    expect(new Set(answers.map((e) => `${(e as { code?: string }).code}: ${(e as Error).message}`))).toEqual(
      new Set(['UNAUTHENTICATED: Wrong username or password']),
    );

    const checked = vi.mocked(password.verifyPassword).mock.calls.map(([, hash]) => hash);
    expect(checked).toHaveLength(3);
    const [leaderHash] = await sql<{ password_hash: string }>(`select password_hash from app_user where username = 'leader'`);
    expect(checked[0]).toBe(leaderHash.password_hash);
    expect(checked[1]).toBe(await password.dummyPasswordHash());
    expect(checked[2]).toBe(await password.dummyPasswordHash());
    // Same scheme and cost parameters (scrypt$N$r$p): the same work, whoever the name belongs to.
    expect(new Set(checked.map((hash) => hash.split('$').slice(0, 4).join('$')))).toEqual(new Set([leaderHash.password_hash.split('$').slice(0, 4).join('$')]));
    expect(await password.verifyPassword('secret', await password.dummyPasswordHash())).toBe(false);
  });

  it('audits sign-in, sign-out and each refused check with who, the address and the outcome, never the password', async () => {
    await attempt('office', 'wrong-office-guess', '192.0.2.7').catch(() => undefined);
    await attempt('no-such-user', 'wrong-made-up-guess', '192.0.2.7').catch(() => undefined);
    const { token, viewer } = await attempt('office', 'secret', '192.0.2.8');
    await signOut(em(), token, viewer, '192.0.2.8');
    const office = await userId('office');
    expect(await trail('office')).toEqual([
      { user_id: office, username: 'office', action: 'login', after: { outcome: 'WRONG_PASSWORD', address: '192.0.2.7' } },
      { user_id: office, username: 'office', action: 'login', after: { outcome: 'SIGNED_IN', address: '192.0.2.8' } },
      { user_id: office, username: 'office', action: 'logout', after: { outcome: 'SIGNED_OUT', address: '192.0.2.8' } },
    ]);
    expect(await trail('no-such-user')).toEqual([
      { user_id: null, username: 'no-such-user', action: 'login', after: { outcome: 'UNKNOWN_USER', address: '192.0.2.7' } },
    ]);
    const all = JSON.stringify(await sql('select * from audit_record'));
    expect(all).not.toContain('wrong-office-guess');
    expect(all).not.toContain('wrong-made-up-guess');
  });

  it('checks none of a burst of throttled attempts and records the first at once (the rest count into a later record)', async () => {
    // Time stands still, so the back-off cannot run out between the failures and the burst.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    for (let i = 0; i < 5; i++) await attempt('analyst', 'guess', '192.0.2.9').catch(() => undefined);
    vi.mocked(password.verifyPassword).mockClear();
    const refusals = await Promise.all(Array.from({ length: 30 }, () => attempt('analyst', 'secret', '192.0.2.9').catch((e: Error) => e)));
    expect(refusals.every((e) => (e as { code?: string }).code === 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(password.verifyPassword).not.toHaveBeenCalled();
    const rows = await trail('analyst');
    expect(rows.map((row) => row.after.outcome)).toEqual([...Array<string>(5).fill('WRONG_PASSWORD'), 'THROTTLED']);
    expect(rows[5].after).toMatchObject({ address: '192.0.2.9', reason: 'nameAtAddressBackOff', refusals: 1 });
  });

  it('takes a name with a NUL byte or of any length as unknown, without a query, and records it readably', async () => {
    county.db.queries.length = 0;
    const errors = await Promise.all(['lea\u0000der', 'x'.repeat(100_000)].map((name) => attempt(name, 'secret', '192.0.2.10').catch((e: Error) => e)));
    expect(errors.map((e) => (e as { code?: string }).code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(password.verifyPassword).toHaveBeenCalledTimes(2);
    expect(county.db.queries.filter((query) => query.includes('app_user'))).toEqual([]);
    expect((await trail('lea\uFFFDder'))[0].after.outcome).toBe('UNKNOWN_USER');
    expect((await trail('x'.repeat(100)))[0].username).toHaveLength(100);
  });
});
