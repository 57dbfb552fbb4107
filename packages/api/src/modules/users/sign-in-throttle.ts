import { BackOffTable, type BackOffPolicy } from './back-off-table.js';
import { throttleAddress } from './client-address.js';
import { boundedName } from './sign-in-name.js';

const MINUTE = 60_000;

/**
 * Failed sign-ins are counted per user name at one address, and per address over all names.
 * Neither is a lock on the user: a stranger guessing `leader`'s password only slows themselves
 * (and whoever shares their address), never `leader` signing in from elsewhere.
 */
export const SIGN_IN_LIMITS: { nameAtAddress: BackOffPolicy; address: BackOffPolicy } = {
  // Five mistakes free, then 1 s, 2 s, 4 s … up to 15 min between attempts.
  nameAtAddress: { freeFailures: 5, firstWaitMs: 1000, maxWaitMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE, maxEntries: 100_000, recordRefusalsEveryMs: MINUTE },
  // An office behind one address may mistype a few times each morning; a guesser spraying names may not.
  address: { freeFailures: 20, firstWaitMs: 1000, maxWaitMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE, maxEntries: 100_000, recordRefusalsEveryMs: MINUTE },
};

/** Which count refused an attempt: the name at this address, or this address over all names. */
export type ThrottleReason = 'nameAtAddressBackOff' | 'addressBackOff';

export type Admission =
  | {
      admitted: true;
      /**
       * Reports the password check's verdict (null when the check itself could not run, e.g. the
       * database was down: that counts as no attempt). Later calls are ignored.
       */
      settle(signedIn: boolean | null): void;
    }
  | {
      admitted: false;
      retryAfterSeconds: number;
      reason: ThrottleReason;
      /** The failures the refusing count allows before it makes callers wait. */
      freeFailures: number;
      /** Refusals to record now in one audit record (0: they are folded into a later one). */
      refusalsToRecord: number;
    };

/**
 * Decides, before a password is checked, whether it may be: an attempt is admitted and counted in
 * one synchronous step, so however many arrive together only the allowance is checked, and a
 * throttled attempt is refused unchecked, even when its password is right. Kept in memory: the
 * product runs as one process per township or county.
 */
export class SignInThrottle {
  private readonly byNameAtAddress: BackOffTable;
  private readonly byAddress: BackOffTable;

  constructor(
    now: () => number = () => Date.now(),
    private readonly limits = SIGN_IN_LIMITS,
  ) {
    this.byNameAtAddress = new BackOffTable(limits.nameAtAddress, now);
    this.byAddress = new BackOffTable(limits.address, now);
  }

  admit(username: string, ip: string | undefined): Admission {
    const address = throttleAddress(ip);
    // Guesses at `Leader` and `leader` are guesses at one account.
    const pair = `${boundedName(username).toLowerCase()}\u0000${address}`;
    const pairWait = this.byNameAtAddress.waitMs(pair);
    const addressWait = this.byAddress.waitMs(address);
    if (pairWait > 0 || addressWait > 0) {
      const byAddress = addressWait >= pairWait;
      const table = byAddress ? this.byAddress : this.byNameAtAddress;
      return {
        admitted: false,
        retryAfterSeconds: Math.ceil(Math.max(pairWait, addressWait) / 1000),
        reason: byAddress ? 'addressBackOff' : 'nameAtAddressBackOff',
        freeFailures: (byAddress ? this.limits.address : this.limits.nameAtAddress).freeFailures,
        refusalsToRecord: table.countRefusal(byAddress ? address : pair),
      };
    }
    this.byNameAtAddress.reserve(pair);
    this.byAddress.reserve(address);
    let settled = false;
    return {
      admitted: true,
      settle: (signedIn) => {
        if (settled) return;
        settled = true;
        this.byNameAtAddress.settle(pair, signedIn === false, signedIn === true);
        this.byAddress.settle(address, signedIn === false, false);
      },
    };
  }

  /** Keys held in memory, for tests of the bound. */
  get size(): number {
    return this.byNameAtAddress.size + this.byAddress.size;
  }
}
