import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '@township/shared';

/** Cost units (see cost.ts) one user, and one address, may spend per minute. */
export interface RateLimits {
  userCostPerMinute: number;
  addressCostPerMinute: number;
}

/**
 * Defaults far above a person's use: a dashboard page costs a few hundred to 18,000 units, so a
 * user may load the costliest one about once a second (the browser tests load pages as fast as
 * Chromium goes, from one address), while a script looping on operations at the 50,000 limit
 * gets 20 a minute. An address carries several users (an office behind one router).
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { userCostPerMinute: 1_000_000, addressCostPerMinute: 3_000_000 };

/** Reads RATE_LIMIT_USER_COST and RATE_LIMIT_ADDRESS_COST (cost units per minute). */
export function readRateLimits(env: NodeJS.ProcessEnv, atLeast: number): RateLimits {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < atLeast)
      throw new Error(`${name} must be a whole number of at least ${atLeast} (one operation's largest cost), got "${raw}"`);
    return value;
  };
  return {
    userCostPerMinute: read('RATE_LIMIT_USER_COST', DEFAULT_RATE_LIMITS.userCostPerMinute),
    addressCostPerMinute: read('RATE_LIMIT_ADDRESS_COST', DEFAULT_RATE_LIMITS.addressCostPerMinute),
  };
}

/**
 * Budgets of cost units per minute, one per signed-in user and one per client address, kept in
 * this process's memory. Charged with an operation's computed cost before it runs, so a cheap
 * page costs little and a loop over the heaviest reports runs out fast.
 */
export class CostRateLimiter {
  private readonly perUser: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(limits: RateLimits) {
    this.perUser = new RateLimiterMemory({ keyPrefix: 'user', points: limits.userCostPerMinute, duration: 60 });
    this.perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.addressCostPerMinute, duration: 60 });
  }

  /** Spends `cost` from the user's and the address's budgets; RATE_LIMITED (HTTP 429) when either is spent. */
  async charge(cost: number, userId: number | undefined, address: string | undefined): Promise<void> {
    const charges: [keyof RateLimits, RateLimiterMemory, string | undefined][] = [
      ['userCostPerMinute', this.perUser, userId === undefined ? undefined : String(userId)],
      ['addressCostPerMinute', this.perAddress, address],
    ];
    for (const [reason, limiter, key] of charges) {
      if (key === undefined) continue;
      try {
        await limiter.consume(key, cost);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        throw rateLimited(reason, limiter.points, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      }
    }
  }
}

const WHO: Record<keyof RateLimits, string> = { userCostPerMinute: 'You have', addressCostPerMinute: 'Your address has' };

function rateLimited(reason: keyof RateLimits, limit: number, retryAfter: number): GraphQLError {
  return new GraphQLError(`${WHO[reason]} spent this minute's budget of ${limit.toLocaleString('en')} cost units. Try again in ${retryAfter} s.`, {
    extensions: {
      code: ErrorCode.RateLimited,
      reason,
      params: { limit },
      retryAfter,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}
