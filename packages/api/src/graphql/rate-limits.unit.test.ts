import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, readRateLimits } from './rate-limits.js';

describe('rate limit settings', () => {
  it('default when unset and read whole numbers from the environment', () => {
    expect(readRateLimits({}, 50_000)).toEqual(DEFAULT_RATE_LIMITS);
    expect(readRateLimits({ RATE_LIMIT_USER_COST: '200000', RATE_LIMIT_ADDRESS_COST: '' }, 50_000)).toEqual({
      userCostPerMinute: 200_000,
      addressCostPerMinute: DEFAULT_RATE_LIMITS.addressCostPerMinute,
    });
  });

  it('refuse a budget smaller than one operation may cost, or not a number', () => {
    expect(() => readRateLimits({ RATE_LIMIT_USER_COST: '1000' }, 50_000)).toThrow('RATE_LIMIT_USER_COST must be a whole number of at least 50000');
    expect(() => readRateLimits({ RATE_LIMIT_ADDRESS_COST: 'lots' }, 50_000)).toThrow('RATE_LIMIT_ADDRESS_COST');
  });
});
