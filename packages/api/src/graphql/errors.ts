import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { UniqueConstraintViolationException, ForeignKeyConstraintViolationException, NotNullConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode, RetryLaterError } from '@township/shared';
import { databaseFailure } from '../db/failures.js';
import { currentRequest } from '../http/request-scope.js';
import { log } from '../log.js';

/**
 * The one place where failures become GraphQL errors: domain errors keep their code, field and
 * rule (input validation throws them too, see validate-input.ts and input-guard.ts), and a refusal
 * that lifts with time its wait; constraint failures become BAD_USER_INPUT / CONFLICT; the
 * database's own failures DATABASE_UNAVAILABLE / TIMEOUT (db/failures.ts); anything unexpected is
 * logged with the request id and reported without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = rootCause(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      // graphql's message when it wrapped the error (a scalar's refusal inside a variable names the variable and path).
      message: formatted.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...(original.rule ?? {}), ...retryAfterOf(original) },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: 'A record with the same unique value already exists',
      extensions: { code: ErrorCode.Conflict, reason: 'duplicateRecord', detail: constraintDetail(original) },
    };
  }
  if (original instanceof ForeignKeyConstraintViolationException || original instanceof NotNullConstraintViolationException) {
    return {
      ...base,
      message: 'The input refers to something that does not exist or leaves a required value empty',
      extensions: { code: ErrorCode.BadUserInput, reason: 'missingReference', detail: constraintDetail(original) },
    };
  }
  const failure = databaseFailure(original, currentRequest()?.expired);
  if (failure) {
    return {
      ...base,
      message: failure.message,
      extensions: { code: failure.code, reason: failure.reason, ...(failure.params ? { params: failure.params } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (code && code !== ErrorCode.Internal) return formatted;
  // GraphQL's own errors (parse, validation, variable coercion, which wraps the scalar's
  // GraphQLError) are the caller's mistake and safe to show as they are.
  if (original instanceof GraphQLError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
  }
  // The request id (also in the answer's X-Request-Id header) lets an operator find what a user reports.
  log.error({ err: original, reqId: currentRequest()?.id }, 'Unexpected error');
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.Internal } };
}

/** graphql-js wraps errors (a scalar's refusal inside a variable's or a literal's); the innermost one says what went wrong. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

const retryAfterOf = (error: DomainError) => (error instanceof RetryLaterError ? { retryAfter: error.retryAfter } : {});

function constraintDetail(error: Error & { detail?: string; constraint?: string }): string | undefined {
  return error.constraint ?? error.detail;
}
