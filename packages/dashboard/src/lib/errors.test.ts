import { describe, expect, it } from 'vitest';
import { failureKind, refusalOf, retryAfterOf } from './errors';

describe('failureKind', () => {
  it('reads the API code from the first coded GraphQL error', () => {
    expect(failureKind({ graphQLErrors: [{ extensions: {} }, { extensions: { code: 'FORBIDDEN' } }] })).toBe('FORBIDDEN');
  });

  it('treats a transport failure as NETWORK', () => {
    expect(failureKind({ graphQLErrors: [], networkError: new Error('fetch failed') })).toBe('NETWORK');
  });

  it('does not trust unknown codes or non-errors', () => {
    expect(failureKind({ graphQLErrors: [{ extensions: { code: 'TEAPOT' } }] })).toBe('UNKNOWN');
    expect(failureKind(undefined)).toBe('UNKNOWN');
  });
});

describe('refusalOf', () => {
  it('keeps the API’s words and the field at fault beside the code', () => {
    const error = { graphQLErrors: [{ message: 'a DONE item has progress 100', extensions: { code: 'BAD_USER_INPUT', field: 'input.progress' } }] };
    expect(refusalOf(error)).toEqual({ kind: 'BAD_USER_INPUT', detail: 'a DONE item has progress 100', field: 'input.progress' });
    expect(refusalOf({ networkError: new Error('down') })).toEqual({ kind: 'NETWORK', detail: null, field: null });
  });
});

describe('an answer with a non-2xx status', () => {
  // Apollo Client files a 429 (or 400) answer as a network error with the GraphQL body in `result`.
  const throttled = {
    graphQLErrors: [],
    networkError: { statusCode: 429, result: { errors: [{ message: 'Too many failed sign-ins; try again in 4 s', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfter: 4 } }] } },
  };

  it('still reads the code, the words and how long to wait', () => {
    expect(failureKind(throttled)).toBe('TOO_MANY_ATTEMPTS');
    expect(refusalOf(throttled).detail).toBe('Too many failed sign-ins; try again in 4 s');
    expect(retryAfterOf(throttled)).toBe(4);
  });

  it('is a network failure when its body is not GraphQL, and says no wait', () => {
    const proxyPage = { graphQLErrors: [], networkError: { statusCode: 502, result: '<html>Bad gateway</html>' } };
    expect(failureKind(proxyPage)).toBe('NETWORK');
    expect(retryAfterOf(proxyPage)).toBeNull();
  });
});
