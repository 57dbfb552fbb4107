import { describe, expect, it } from 'vitest';
import { MAX_FAILURES, SignInThrottle, WINDOW_MS } from './sign-in-throttle.js';

describe('sign-in throttle', () => {
  it('locks a name after too many failures and frees it when the oldest failure leaves the window', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.recordFailure('Office');
    expect(() => throttle.check('office')).not.toThrow();
    throttle.recordFailure('office');
    expect(() => throttle.check('OFFICE')).toThrow(expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('15 min') }));
    expect(() => throttle.check('leader')).not.toThrow();
    now += WINDOW_MS + 1;
    expect(() => throttle.check('office')).not.toThrow();
  });

  it('forgets the failures of a name that signs in successfully', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.recordFailure('office');
    throttle.recordSuccess('office');
    throttle.recordFailure('office');
    expect(() => throttle.check('office')).not.toThrow();
  });
});
