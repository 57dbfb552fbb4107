import { describe, expect, it } from 'vitest';
import { failureKind, refusalOf } from './errors';

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
