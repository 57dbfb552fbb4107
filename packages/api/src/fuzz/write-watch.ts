import type { MikroORM } from '@mikro-orm/postgresql';
import { query, queryOne, sql } from '../db/sql.js';

type Digest = Map<string, string>;

/**
 * Tells whether a request committed anything, without diffing the database after every call.
 * A transaction that writes gets a transaction id; one that only reads does not. So the next id
 * to be handed out (the snapshot's xmax) is compared around each call: unchanged, nothing was
 * even attempted; moved, the ids in between are looked up, and only when one of them committed
 * are the tables compared, by row count and newest row version (`xmin`), with the digest taken
 * after the last accepted write. The caller runs one request at a time.
 */
export class WriteWatch {
  private digest: Digest = new Map();
  private tables: string[] = [];

  constructor(private readonly orm: MikroORM) {}

  async start(): Promise<void> {
    const rows = await query(
      this.orm.em,
      sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() and tablename not like 'mikro_orm%' order by 1`,
    );
    this.tables = rows.map((row) => row.name);
    this.digest = await this.take();
  }

  /** The next transaction id; pass it to `committedSince` after the call. */
  async mark(): Promise<bigint> {
    const row = await queryOne(this.orm.em, sql<{ next: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as next`);
    return BigInt(row!.next);
  }

  /** Whether any transaction begun since `mark` committed. */
  async committedSince(mark: bigint): Promise<boolean> {
    const next = await this.mark();
    if (next === mark) return false;
    const row = await queryOne(
      this.orm.em,
      sql<{
        committed: boolean;
      }>`select bool_or(pg_xact_status(x::text::xid8) = 'committed') as committed from generate_series(${mark.toString()}::bigint, ${next.toString()}::bigint - 1) x`,
    );
    return row?.committed === true;
  }

  /** Tables whose rows differ from the last digest (then the digest moves on, so each change is reported once). */
  async changedTables(): Promise<string[]> {
    const now = await this.take();
    const changed = this.tables.filter((table) => now.get(table) !== this.digest.get(table));
    this.digest = now;
    return changed;
  }

  /** Takes the digest after a write that was allowed to happen. */
  async accept(): Promise<void> {
    this.digest = await this.take();
  }

  private async take(): Promise<Digest> {
    const union = sql.join(
      this.tables.map((table) => sql`select ${table}::text as name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as digest from ${sql.id(table)}`),
      ' union all ',
    );
    const rows = await query(this.orm.em, sql<{ name: string; digest: string }>`${union}`);
    return new Map(rows.map((row) => [row.name, row.digest]));
  }
}
