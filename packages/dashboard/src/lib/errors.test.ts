import { describe, expect, it } from 'vitest';
import { REFUSALS, type RefusalReason } from '@township/shared';
import { testI18n } from '@/test/i18n';
import { failureKind, failureText, refusalOf, retryAfterOf } from './errors';

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
  it('reads the rule, its figures and the field at fault beside the code', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'paidOn 2030-01-02 is in the future',
          extensions: { code: 'BAD_USER_INPUT', field: 'paidOn', reason: 'dateInFuture', params: { date: '2030-01-02', today: '2026-12-04' } },
        },
      ],
    };
    expect(refusalOf(error)).toEqual({
      kind: 'BAD_USER_INPUT',
      reason: 'dateInFuture',
      params: { date: '2030-01-02', today: '2026-12-04' },
      field: 'paidOn',
      message: 'paidOn 2030-01-02 is in the future',
    });
    expect(refusalOf({ networkError: new Error('down') })).toEqual({ kind: 'NETWORK', reason: null, params: {}, field: null, message: null });
  });

  it('does not trust a rule outside the catalogue', () => {
    expect(refusalOf({ graphQLErrors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', reason: 'toString' } }] }).reason).toBeNull();
  });
});

const wordingIn = (locale: 'zh-CN' | 'en') => testI18n(locale).global;
const refused = (reason: string, params: Record<string, unknown>, code = 'BAD_USER_INPUT') => ({
  graphQLErrors: [{ message: 'The API’s English sentence', extensions: { code, reason, params } }],
});

describe('failureText', () => {
  it('words the rule with its figures in the viewer’s language', () => {
    const error = refused('dateInFuture', { date: '2030-01-02', today: '2026-12-04' });
    expect(failureText(wordingIn('zh-CN'), error)).toBe('输入有误：日期 2030-01-02 晚于今天（2026-12-04）。');
    expect(failureText(wordingIn('en'), error)).toBe('Invalid input: The date 2030-01-02 is after today (2026-12-04).');
  });

  it('never shows a letter of English in Chinese for any rule of the catalogue', () => {
    const zh = wordingIn('zh-CN');
    for (const [reason, names] of Object.entries(REFUSALS) as [RefusalReason, readonly string[]][]) {
      const params = Object.fromEntries(names.map((name, i) => [name, i + 7]));
      const text = failureText(zh, refused(reason, params));
      expect(text, reason).not.toMatch(/[A-Za-z{}]/);
    }
  });

  it('shows the API’s sentence for an unknown rule only in English; Chinese gets the code’s general advice', () => {
    const error = refused('someNewRule', {}, 'CONFLICT');
    expect(failureText(wordingIn('en'), error)).toBe('Changed by someone else: The API’s English sentence');
    expect(failureText(wordingIn('zh-CN'), error)).toBe('数据已被他人修改：请刷新后重试。');
  });

  it('gives the general advice when nothing came back from the API', () => {
    expect(failureText(wordingIn('zh-CN'), { networkError: new Error('fetch failed') })).toBe('无法连接服务器：请检查网络连接，稍后重试。');
  });
});

describe('an answer with a non-2xx status', () => {
  // Apollo Client files a 429 (or 400) answer as a network error with the GraphQL body in `result`.
  const throttled = {
    graphQLErrors: [],
    networkError: {
      statusCode: 429,
      result: { errors: [{ message: 'Too many failed sign-ins; try again in 4 s', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfter: 4 } }] },
    },
  };

  it('still reads the code, the words and how long to wait', () => {
    expect(failureKind(throttled)).toBe('TOO_MANY_ATTEMPTS');
    expect(refusalOf(throttled).message).toBe('Too many failed sign-ins; try again in 4 s');
    expect(retryAfterOf(throttled)).toBe(4);
  });

  it('is a network failure when its body is not GraphQL, and says no wait', () => {
    const proxyPage = { graphQLErrors: [], networkError: { statusCode: 502, result: '<html>Bad gateway</html>' } };
    expect(failureKind(proxyPage)).toBe('NETWORK');
    expect(retryAfterOf(proxyPage)).toBeNull();
  });
});
