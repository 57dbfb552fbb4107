import type { ApolloServerPlugin } from '@apollo/server';
import { RetryLaterError } from '@township/shared';
import type { RequestContext } from './context.js';

/**
 * Apollo plugin: a refusal that lifts with time (RetryLaterError, e.g. the sign-in back-off)
 * answers HTTP 429 with `Retry-After`, so clients and proxies can wait without reading the body.
 * The status is set here because formatError only shapes the body.
 */
export const answerRetryLaterWith429: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, response }) {
        const waits = errors
          .map((error) => error.originalError)
          .filter((error) => error instanceof RetryLaterError)
          .map((error) => error.retryAfter);
        if (!waits.length) return;
        response.http.status = 429;
        response.http.headers.set('retry-after', String(Math.max(...waits)));
      },
    };
  },
};
