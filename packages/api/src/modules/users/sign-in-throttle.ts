import { DomainError, ErrorCode } from '@township/shared';

/** Failed sign-ins allowed per user name within the window before further attempts are refused. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
/** Bounds the memory an attacker cycling through made-up names can take. */
const MAX_TRACKED_NAMES = 10_000;

/**
 * Slows password guessing: after MAX_FAILURES wrong passwords for one user name within WINDOW_MS,
 * that name is refused (even with the right password) until the oldest failure leaves the window.
 * Kept in memory: the product runs as one process per township or county.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Throws TOO_MANY_ATTEMPTS while the name is locked. */
  check(username: string): void {
    const recent = this.recent(username);
    if (recent.length < MAX_FAILURES) return;
    const minutes = Math.ceil((recent[0] + WINDOW_MS - this.now()) / 60_000);
    throw new DomainError(ErrorCode.TooManyAttempts, `Too many failed sign-ins for this user; try again in ${minutes} min`);
  }

  recordFailure(username: string): void {
    const key = username.toLowerCase();
    if (!this.failures.has(key) && this.failures.size >= MAX_TRACKED_NAMES) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(key, [...this.recent(username), this.now()]);
  }

  recordSuccess(username: string): void {
    this.failures.delete(username.toLowerCase());
  }

  private recent(username: string): number[] {
    const since = this.now() - WINDOW_MS;
    return (this.failures.get(username.toLowerCase()) ?? []).filter((at) => at > since);
  }
}
