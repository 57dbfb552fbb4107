import { refusal, type Refusal, type RefusalParamsArg, type RefusalReason } from './refusals.js';

/**
 * Error codes every client can rely on. The API puts one in `extensions.code` (and the offending
 * input in `extensions.field`), the dashboard maps it to a message in the viewer's language.
 */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  Conflict: 'CONFLICT',
  /** Too many failed sign-ins from this address (for one user name, or for all names together); `extensions.retryAfter` says how many seconds to wait (also in the `Retry-After` header). */
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  /** The operation asks for more than one request may (depth, aliases, tokens, root fields, cost); `extensions.reason` names the limit, `params` the figures. */
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  /** Too many requests from this user or address; `extensions.retryAfter` says how many seconds to wait (also in the `Retry-After` header). */
  RateLimited: 'RATE_LIMITED',
  /** The database cannot be reached right now; nothing was changed, try again shortly. */
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** The request ran past its time budget and was stopped; nothing was changed. */
  Timeout: 'TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A failure the caller can act on: thrown by services, mapped to GraphQL errors in one place. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field at fault, as a dotted path of the GraphQL input (`input.birthsMale`). */
    readonly field: string | undefined,
    /** The rule that refused it, a name from REFUSALS (`invalidId`, `blank`), and its figures: clients word refusals from these, not from the message. */
    readonly rule: Refusal,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** BAD_USER_INPUT at `field`, refused by `reason` with exactly the figures the catalogue names for it. */
export const badInput = <R extends RefusalReason>(field: string, message: string, reason: R, ...params: RefusalParamsArg<R>) =>
  new DomainError(ErrorCode.BadUserInput, message, field, refusal(reason, ...params));
export const notFound = (what: string, id: string | number) =>
  new DomainError(ErrorCode.NotFound, `${what} ${id} does not exist or is outside your scope`, undefined, refusal('notFound', { id }));
export const forbidden = <R extends RefusalReason>(message: string, reason: R, ...params: RefusalParamsArg<R>) =>
  new DomainError(ErrorCode.Forbidden, message, undefined, refusal(reason, ...params));

/**
 * A refusal that lifts with time (sign-in back-off, rate limits): the caller may try again after
 * `retryAfter` seconds. `reason` names the rule that refused, `params` its figures; the API answers
 * it with HTTP 429 and a `Retry-After` header.
 */
export class RetryLaterError extends DomainError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfter: number,
    rule: Refusal,
  ) {
    super(code, message, undefined, rule);
    this.name = 'RetryLaterError';
  }
}
