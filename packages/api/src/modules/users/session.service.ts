import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, refusal, RetryLaterError, type OrgUnitKind, type Role } from '@township/shared';
import { queryOne, sql } from '../../db/sql.js';
import type { Viewer } from '../../graphql/viewer.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { auditSignIn } from './sign-in-audit.js';
import { couldBeUsername } from './sign-in-name.js';
import { SignInThrottle, type Admission } from './sign-in-throttle.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'township_session';
export const SESSION_DAYS = 7;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** One sign-in attempt: the name and password typed, and the client address (`req.ip`). */
export interface SignInAttempt {
  username: string;
  password: string;
  address: string | undefined;
}

const signInThrottle = new SignInThrottle();

/**
 * Checks the password and opens a session, with the same answer for an unknown user and a wrong
 * password, in about the same time. The throttle admits the attempt before the password is
 * checked; every attempt leaves an audit record (throttled ones sampled, see auditThrottled).
 */
export async function signIn(em: EntityManager, attempt: SignInAttempt): Promise<{ token: string; viewer: Viewer }> {
  const { username, password, address } = attempt;
  const admission = signInThrottle.admit(username, address);
  if (!admission.admitted) {
    await auditThrottled(em, attempt, admission);
    throw new RetryLaterError(
      ErrorCode.TooManyAttempts,
      `Too many failed sign-ins; try again in ${admission.retryAfterSeconds} s`,
      admission.retryAfterSeconds,
      refusal(admission.reason, { retryAfter: admission.retryAfterSeconds, freeFailures: admission.freeFailures }),
    );
  }
  let user: User | null = null;
  let signedIn: boolean | null = null;
  try {
    user = couldBeUsername(username) ? await em.findOne(User, { username }, { populate: ['passwordHash', 'scope'] }) : null;
    const hash = user?.active ? user.passwordHash : await dummyPasswordHash();
    signedIn = (await verifyPassword(password, hash)) && !!user?.active;
  } finally {
    admission.settle(signedIn);
  }
  const who = { username, userId: user?.id ?? null, address };
  if (!user || !signedIn) {
    auditSignIn(em, { ...who, action: 'login', outcome: !user ? 'UNKNOWN_USER' : user.active ? 'WRONG_PASSWORD' : 'DISABLED_USER' });
    await em.flush();
    throw new DomainError(ErrorCode.Unauthenticated, 'Wrong username or password', undefined, refusal('wrongCredentials'));
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await em.transactional(async (tx) => {
    await tx.insert(Session, { tokenHash: tokenHash(token), user: user.id, createdAt: new Date(), expiresAt });
    auditSignIn(tx, { ...who, action: 'login', outcome: 'SIGNED_IN' });
  });
  return { token, viewer: viewerOf(user) };
}

/**
 * Throttled refusals are not evaluated and cost the stranger almost nothing, so one record per
 * minute per refusing count (the name at that address, or the address) stands for all of them,
 * with their number: the trail shows every throttled episode without a row per request.
 */
async function auditThrottled(em: EntityManager, attempt: SignInAttempt, refusal: Extract<Admission, { admitted: false }>): Promise<void> {
  if (!refusal.refusalsToRecord) return;
  auditSignIn(em, {
    action: 'login',
    username: attempt.username,
    userId: null,
    address: attempt.address,
    outcome: 'THROTTLED',
    details: { reason: refusal.reason, refusals: refusal.refusalsToRecord, retryAfter: refusal.retryAfterSeconds },
  });
  await em.flush();
}

/** Ends the session behind the token; the viewer it belonged to, if it was still open, is audited as signed out. */
export async function signOut(em: EntityManager, token: string, viewer: Viewer | null, address: string | undefined): Promise<void> {
  await em.transactional(async (tx) => {
    const ended = await tx.nativeDelete(Session, { tokenHash: tokenHash(token) });
    if (ended && viewer) auditSignIn(tx, { action: 'logout', username: viewer.username, userId: viewer.userId, address, outcome: 'SIGNED_OUT' });
  });
}

/** The viewer behind a session cookie, in one statement; null when the session is unknown or expired. */
export async function viewerForToken(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const row = await queryOne(
    em,
    sql<{
      id: number;
      username: string;
      display_name: string;
      role: Role;
      scope_id: number;
      path: string;
      name: string;
      kind: OrgUnitKind;
    }>`select u.id, u.username, u.display_name, u.role, u.scope_id, ou.path, ou.name, ou.kind
       from session s join app_user u on u.id = s.user_id join org_unit ou on ou.id = u.scope_id
      where s.token_hash = ${tokenHash(token)} and s.expires_at > now() and u.active`,
  );
  if (!row) return null;
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    scope: { id: row.scope_id, path: row.path, name: row.name, kind: row.kind },
  };
}

/** A user (with their scope unit loaded) as the viewer of a request. */
export function viewerOf(user: User): Viewer {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: { id: user.scope.id, path: user.scope.path, name: user.scope.name, kind: user.scope.kind },
  };
}
