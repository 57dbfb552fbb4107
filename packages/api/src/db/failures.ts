import { ErrorCode } from '@township/shared';

/** Thrown for database work a request asks for after its time budget ran out (http/request-scope.ts). */
export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`The request ran past its time budget of ${budgetMs / 1000} s`);
    this.name = 'BudgetExceeded';
  }
}

/** A failure of the database rather than of the request, as the caller is told of it. */
export interface DatabaseFailure {
  code: typeof ErrorCode.DatabaseUnavailable | typeof ErrorCode.Timeout;
  message: string;
  /** The rule, for clients: `databaseUnreachable`, `statementTimeout`, `requestTimeout`. */
  reason: string;
  params?: Record<string, number>;
}

/**
 * SQLSTATEs and socket errors that mean the server is gone, going, not yet back or out of room:
 * admin_shutdown (a stop or the supervisor's restart), crash_shutdown (another backend crashed),
 * cannot_connect_now (starting up, recovering), the 08 connection class, and the 53 class of
 * insufficient resources (a full disk among them).
 */
const UNAVAILABLE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53000',
  '53100',
  '53200',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * node-postgres and knex say these in words only. "Transaction query already complete" is what
 * knex answers when a transaction's connection died under it and MikroORM then rolls it back: the
 * rollback's error replaces the connection's (seen 1–2 times per kill of the database under 20
 * writers in `pnpm --filter @township/api fault`).
 */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Connection ended|not queryable|timeout exceeded when trying to connect|Timeout acquiring a connection|Transaction query already complete/i;
const QUERY_CANCELED = '57014';

/**
 * What the database's failure means for the caller, or null when `error` is not one. MikroORM
 * keeps the driver's `code` and message on its own exceptions; the chain of causes is followed.
 * `expired` is the request's budget, when it has run out (its statements are then cancelled).
 */
export function databaseFailure(error: unknown, expired?: BudgetExceeded): DatabaseFailure | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    if (cause instanceof BudgetExceeded) return requestTimeout(cause.budgetMs);
    const code = (cause as { code?: unknown }).code;
    if (code === QUERY_CANCELED) {
      // Our own cancel (pg_cancel_backend) on a request past its budget reads "due to user request".
      return /statement timeout/.test(cause.message)
        ? { code: ErrorCode.Timeout, reason: 'statementTimeout', message: 'A database statement ran past its time limit and was cancelled' }
        : requestTimeout(expired?.budgetMs);
    }
    if ((typeof code === 'string' && UNAVAILABLE_CODES.has(code)) || UNAVAILABLE_MESSAGES.test(cause.message) || cause.name === 'KnexTimeoutError') {
      return { code: ErrorCode.DatabaseUnavailable, reason: 'databaseUnreachable', message: 'The database is unavailable right now; try again shortly' };
    }
  }
  return null;
}

function requestTimeout(budgetMs?: number): DatabaseFailure {
  return {
    code: ErrorCode.Timeout,
    reason: 'requestTimeout',
    message: 'The request ran past its time budget and was stopped',
    ...(budgetMs ? { params: { seconds: budgetMs / 1000 } } : {}),
  };
}
