import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/index.js';
import { boundedName } from './sign-in-name.js';

/** What came of a sign-in or sign-out, as the audit trail tells administrators (never the caller). */
export type SignInOutcome = 'SIGNED_IN' | 'SIGNED_OUT' | 'WRONG_PASSWORD' | 'UNKNOWN_USER' | 'DISABLED_USER' | 'THROTTLED';

/** The audit trail's `entityType` for sign-ins and sign-outs; `entityId` is the user name tried. */
export const SIGN_IN_ENTITY = 'SignIn';

export interface SignInEvent {
  action: 'login' | 'logout';
  /** The name as typed (or the signed-out user's). */
  username: string;
  /** The user behind the name, when there is one. */
  userId: number | null;
  /** The client address as the server sees it (`req.ip`). */
  address: string | undefined;
  outcome: SignInOutcome;
  /** Extra figures for the record, e.g. how many throttled refusals it stands for. */
  details?: Record<string, string | number>;
}

/**
 * Queues the audit record of a sign-in event in `em` (the caller flushes, or commits it with the
 * session it opens). Passwords never reach it.
 */
export function auditSignIn(em: EntityManager, event: SignInEvent): void {
  const username = boundedName(event.username);
  audit(
    em,
    { userId: event.userId, username },
    {
      action: event.action,
      entityType: SIGN_IN_ENTITY,
      entityId: username,
      after: { outcome: event.outcome, address: event.address ?? 'unknown', ...event.details },
    },
  );
}
