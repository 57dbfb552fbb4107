import { describe, expect, it } from 'vitest';
import { failureKind } from './errors';

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
