import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, type OrgUnitKind, type Role } from '@township/shared';
import type { Viewer } from '../../graphql/viewer.js';
import { verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'township_session';
export const SESSION_DAYS = 7;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Checks the password and opens a session; the same message for an unknown user and a wrong password. */
const signInThrottle = new SignInThrottle();

export async function signIn(em: EntityManager, username: string, password: string): Promise<{ token: string; viewer: Viewer }> {
  signInThrottle.check(username);
  const user = await em.findOne(User, { username, active: true }, { populate: ['passwordHash', 'scope'] });
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    signInThrottle.recordFailure(username);
    throw new DomainError(ErrorCode.Unauthenticated, 'Wrong username or password');
  }
  signInThrottle.recordSuccess(username);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await em.insert(Session, { tokenHash: tokenHash(token), user: user.id, createdAt: new Date(), expiresAt });
  return { token, viewer: viewerOf(user) };
}

export async function signOut(em: EntityManager, token: string): Promise<void> {
  await em.nativeDelete(Session, { tokenHash: tokenHash(token) });
}

/** The viewer behind a session cookie, in one statement; null when the session is unknown or expired. */
export async function viewerForToken(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const [row] = await em.execute<{
    id: number; username: string; display_name: string; role: Role; scope_id: number; path: string; name: string; kind: OrgUnitKind;
  }[]>(
    `select u.id, u.username, u.display_name, u.role, u.scope_id, ou.path, ou.name, ou.kind
       from session s join app_user u on u.id = s.user_id join org_unit ou on ou.id = u.scope_id
      where s.token_hash = ? and s.expires_at > now() and u.active`,
    [tokenHash(token)],
  );
  if (!row) return null;
  return {
    userId: row.id, username: row.username, displayName: row.display_name, role: row.role,
    scope: { id: row.scope_id, path: row.path, name: row.name, kind: row.kind },
  };
}

function viewerOf(user: User): Viewer {
  return {
    userId: user.id, username: user.username, displayName: user.displayName, role: user.role,
    scope: { id: user.scope.id, path: user.scope.path, name: user.scope.name, kind: user.scope.kind },
  };
}
