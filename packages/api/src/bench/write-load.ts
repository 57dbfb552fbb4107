/**
 * The fault script's traffic and its check: clients registering complaints in a loop, every
 * acknowledged one remembered, then looked up in the database once the product is down.
 */
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { REGISTER_COMPLAINT } from './dashboard-mix.js';
import type { RoleSession } from './role-session.js';

/** A write the server answered with the new complaint's id. */
export interface Ack {
  id: string;
  sentAt: number;
  answeredAt: number;
}

export interface Failure {
  sentAt: number;
  answeredAt: number;
  error: string;
}

/** After a failure a client waits this long, so a server answering at once does not spin two shared cores. */
const PAUSE_AFTER_FAILURE_MS = 100;

/**
 * `clients` loops of RegisterComplaint while `going()`; each description carries
 * `${marker}-<client>-<n>` so this run's rows can be counted afterwards.
 */
export async function writeLoad(session: RoleSession, clients: number, going: () => boolean, marker: string) {
  const acks: Ack[] = [];
  const failures: Failure[] = [];
  const loop = async (client: number) => {
    for (let n = 0; going(); n++) {
      const sentAt = performance.now();
      const outcome = await session.send<{ registerComplaint: { id: string } }>(
        REGISTER_COMPLAINT.operation,
        REGISTER_COMPLAINT.variables(session.facts, `${marker}-${client}-${n}`)!,
      );
      const answeredAt = performance.now();
      if (outcome.data) acks.push({ id: outcome.data.registerComplaint.id, sentAt, answeredAt });
      else {
        failures.push({ sentAt, answeredAt, error: outcome.error! });
        await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_FAILURE_MS));
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => loop(i)));
  return { acks, failures };
}

/**
 * Opens the data directory's database on its own (the product must be stopped) and returns which
 * of `ids` exist, and how many complaints carry `marker` (acknowledged or not).
 */
export async function lookUpWrites(dataDir: string, ids: readonly string[], marker: string) {
  const db = await startEmbeddedPostgres(dataDir);
  const client = new pg.Client({ connectionString: db.url });
  try {
    await client.connect();
    const found = await client.query<{ id: string }>('select id::text as id from complaint where id = any($1::bigint[])', [ids]);
    const marked = await client.query<{ n: string }>(`select count(*) as n from complaint where strpos(description, $1) > 0`, [marker]);
    return { found: new Set(found.rows.map((row) => row.id)), marked: Number(marked.rows[0].n) };
  } finally {
    await client.end();
    await db.stop();
  }
}
