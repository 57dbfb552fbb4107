/** How one table counts failures and makes callers wait. */
export interface BackOffPolicy {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the last free failure; each further failure doubles it… */
  firstWaitMs: number;
  /** …up to this. */
  maxWaitMs: number;
  /** A key whose wait has passed and that has not failed for this long starts afresh. */
  forgetAfterMs: number;
  /** Keys kept in memory at most (see makeRoom for which go first). */
  maxEntries: number;
  /** At most one refusal record per key in this time; the refusals in between are counted into the next one. */
  recordRefusalsEveryMs: number;
}

interface Entry {
  failures: number;
  /** Attempts admitted and not yet settled: they count against the allowance until they do. */
  pending: number;
  /** No attempt is admitted before this instant. */
  nextAt: number;
  lastFailureAt: number;
  refusalsUnrecorded: number;
  refusalsRecordedAt: number;
}

/**
 * Failure counts with exponential back-off, per key (a user name at an address, or an address).
 * An attempt is admitted and reserved in one synchronous step before its password is checked, so
 * parallel attempts cannot all slip through while the first ones are still being checked.
 * Memory stays bounded without ever clearing the table: forgotten keys are dropped as they are met,
 * and when the table is full the least recently active keys whose wait has passed go first.
 */
export class BackOffTable {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: BackOffPolicy,
    private readonly now: () => number,
  ) {}

  /** Milliseconds before an attempt under `key` may be admitted; 0 when it may be now. */
  waitMs(key: string): number {
    const entry = this.live(key);
    if (!entry) return 0;
    const now = this.now();
    // Past the free failures only one attempt at a time is checked, each after its wait.
    const allowance = Math.max(1, this.policy.freeFailures - entry.failures);
    const afterPending = entry.pending >= allowance ? this.backOffMs(entry.failures + entry.pending) : 0;
    return Math.max(entry.nextAt - now, afterPending, 0);
  }

  /** Counts an admitted attempt as pending; call only when waitMs(key) is 0. */
  reserve(key: string): void {
    this.touch(key).pending += 1;
  }

  /**
   * Settles a reserved attempt: a failure extends the back-off; `forgive` (a success) clears the
   * key; neither just frees the reservation.
   */
  settle(key: string, failed: boolean, forgive: boolean): void {
    const entry = this.touch(key);
    entry.pending = Math.max(0, entry.pending - 1);
    if (failed) {
      const now = this.now();
      entry.failures += 1;
      entry.lastFailureAt = now;
      entry.nextAt = now + this.backOffMs(entry.failures);
    } else if (forgive) {
      entry.failures = 0;
      entry.nextAt = 0;
      if (entry.pending === 0) this.entries.delete(key);
    }
  }

  /**
   * Counts a refusal under `key` and says how many refusals the caller should record now in one
   * audit record: the first at once, then at most one record per interval (0: fold into a later one).
   */
  countRefusal(key: string): number {
    const entry = this.touch(key);
    const now = this.now();
    entry.refusalsUnrecorded += 1;
    if (now - entry.refusalsRecordedAt < this.policy.recordRefusalsEveryMs) return 0;
    const refusals = entry.refusalsUnrecorded;
    entry.refusalsUnrecorded = 0;
    entry.refusalsRecordedAt = now;
    return refusals;
  }

  get size(): number {
    return this.entries.size;
  }

  private backOffMs(failures: number): number {
    const { freeFailures, firstWaitMs, maxWaitMs } = this.policy;
    if (failures < freeFailures) return 0;
    return Math.min(maxWaitMs, firstWaitMs * 2 ** Math.min(failures - freeFailures, 40));
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.forgotten(entry, this.now())) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private forgotten(entry: Entry, now: number): boolean {
    return entry.pending === 0 && entry.nextAt <= now && now - entry.lastFailureAt >= this.policy.forgetAfterMs;
  }

  /** The key's entry, created if need be and moved to the most recently active end of the map. */
  private touch(key: string): Entry {
    let entry = this.live(key);
    if (entry) this.entries.delete(key);
    else {
      this.makeRoom();
      entry = { failures: 0, pending: 0, nextAt: 0, lastFailureAt: this.now(), refusalsUnrecorded: 0, refusalsRecordedAt: -Infinity };
    }
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Frees room for one more key. The map iterates least recently active first: entries whose wait
   * has passed go first (down to 90 % full, so this runs rarely); a key still waiting goes only when
   * every other key is waiting too, one at a time. Pending attempts are never dropped.
   */
  private makeRoom(): void {
    const { maxEntries } = this.policy;
    if (this.entries.size < maxEntries) return;
    const now = this.now();
    const target = Math.floor(maxEntries * 0.9);
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= target) break;
      if (entry.pending === 0 && entry.nextAt <= now) this.entries.delete(key);
    }
    for (const [key, entry] of this.entries) {
      if (this.entries.size < maxEntries) break;
      if (entry.pending === 0) this.entries.delete(key);
    }
  }
}
