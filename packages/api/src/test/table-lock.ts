import pg from 'pg';

/**
 * Slow requests on demand: holds a table locked from a session of its own, so every statement
 * reading it waits until `release()` (or its own timeout).
 */
export class TableLock {
  private constructor(
    private readonly holder: pg.Client,
    /** Watches pg_stat_activity outside the holder's transaction, which would see one snapshot only. */
    private readonly watcher: pg.Client,
  ) {}

  static async take(url: string, table: string): Promise<TableLock> {
    const [holder, watcher] = [new pg.Client(url), new pg.Client(url)];
    await Promise.all([holder.connect(), watcher.connect()]);
    await holder.query('begin');
    await holder.query(`lock table ${table} in access exclusive mode`);
    return new TableLock(holder, watcher);
  }

  /** How many statements of this database wait for a lock now. */
  async waiting(): Promise<number> {
    const { rows } = await this.watcher.query(
      `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
    );
    return rows[0].n;
  }

  async release(): Promise<void> {
    await this.holder.query('rollback');
    await Promise.all([this.holder.end(), this.watcher.end()]);
  }
}

/**
 * A request made slow on purpose: `latestMonth` reads village_statistic, which `lockStatistics`
 * holds locked; the session lookup reads other tables, so signing in is not held up.
 */
export const SLOW_QUERY = '{ latestMonth }';
export const lockStatistics = (url: string) => TableLock.take(url, 'village_statistic');
