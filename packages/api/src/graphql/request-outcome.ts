import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@township/shared';
import { databaseFailure } from '../db/failures.js';
import { currentRequest } from '../http/request-scope.js';

/** Seconds a client is told to wait before trying again while the database is down. */
const RETRY_AFTER_S = 5;
const SERVICE_FAILURES = new Set<unknown>([ErrorCode.DatabaseUnavailable, ErrorCode.Timeout]);

/**
 * Notes each operation's name and outcome for the request log, and sets the HTTP status that lets
 * proxies and clients tell "try again later" from a mistake in the request: 429 with `Retry-After`
 * for a refusal that lifts with time (an error carrying `retryAfter`: the sign-in back-off, the
 * cost budgets), 503 when the database failed the request (unreachable or out of time). formatError
 * only shapes the body, so the status is set here, from the errors as the caller will see them.
 */
export const requestOutcome: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName, operation }) {
        const scope = currentRequest();
        if (scope) scope.operation = operationName ?? operation?.name?.value;
      },
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = errors.map((error) => error.extensions?.code);
        const scope = currentRequest();
        if (scope) scope.outcome = String(codes[0] ?? 'ok');
        const waits = errors.map((error) => error.extensions?.retryAfter).filter((wait): wait is number => typeof wait === 'number');
        if (waits.length) {
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        } else if (codes.some((code) => SERVICE_FAILURES.has(code))) {
          response.http.status = 503;
          if (codes.includes(ErrorCode.DatabaseUnavailable)) response.http.headers.set('retry-after', String(RETRY_AFTER_S));
        }
      },
    };
  },
};

/**
 * For the context function, whose failures skip the plugins above: a database failure while the
 * session is looked up answers 503 too (its code is set by formatError from the cause).
 */
export function asServiceFailure(error: unknown): never {
  const failure = databaseFailure(error);
  if (!failure) throw error;
  const scope = currentRequest();
  if (scope) scope.outcome = failure.code;
  throw new GraphQLError(failure.message, {
    originalError: error as Error,
    extensions: { http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_S)]]) } },
  });
}
