/**
 * `pnpm --filter @township/api fuzz [--count 1000] [--seconds 1800] [--seed 17] [--only registerComplaint] [--scale 0.05]`
 * (after a build): sends `--count` generated bad inputs to every query and mutation, in-process,
 * as the demo county's users of every role, against a small demo county in a scratch database
 * (an embedded PostgreSQL in a temp folder, or a fresh database beside TEST_DATABASE_URL, dropped
 * afterwards: never your own data), and prints per operation and in total the requests, the
 * INTERNAL_SERVER_ERROR answers (with the first one's own message) and the refused requests that
 * still committed a change. Exits 1 when either count is not zero. Figures, not a test; the test
 * `graphql/bad-input.test.ts` runs a small sample of the same generator.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ormConfig } from '../db/orm.config.js';
import { DEMO_USERS, loadDemoData } from '../demo/index.js';
import { schema } from '../graphql/schema.js';
import { fuzz, type OperationReport } from './fuzz.js';

const { values: flags } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '1800' },
    seed: { type: 'string', default: '17' },
    only: { type: 'string' },
    scale: { type: 'string', default: '0.05' },
  },
});

/** A scratch database: beside TEST_DATABASE_URL when given, else in an embedded server of its own. */
async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) {
    const name = `township_fuzz_${process.pid}`;
    const run = async (sql: string) => {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await run(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'township-fuzz-'));
  const db = await startEmbeddedPostgres(dir);
  return {
    url: db.url,
    drop: async () => {
      await db.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

const database = await scratchDatabase();
const orm = await MikroORM.init(ormConfig(database.url));
try {
  await orm.getMigrator().up();
  const demo = await loadDemoData(orm, { scale: Number(flags.scale) });
  console.log(`Demo county at scale ${demo.scale}: ${demo.villages} villages; ${flags.count} requests per operation, at most ${flags.seconds} s in all`);
  // Each internal error is counted and its first message printed below; the formatter's own log line for each would drown that.
  const log = console.error;
  console.error = () => undefined;
  const started = Date.now();
  const reports = await fuzz(orm, await schema(), {
    perOperation: Number(flags.count),
    timeBudgetMs: Number(flags.seconds) * 1000,
    seed: Number(flags.seed),
    usernames: DEMO_USERS.map((user) => user.username),
    only: flags.only,
  }).finally(() => {
    console.error = log;
  });
  print(reports, Date.now() - started);
  const failures = reports.reduce((sum, r) => sum + r.internalErrors + r.partialWrites, 0);
  process.exitCode = failures ? 1 : 0;
} finally {
  await orm.close(true);
  await database.drop();
}

function print(reports: OperationReport[], ms: number) {
  const width = Math.max(...reports.map((r) => r.operation.length));
  console.log(`\n${'operation'.padEnd(width)}  requests  accepted  internal  partial writes`);
  for (const r of reports) {
    console.log(
      `${r.operation.padEnd(width)}  ${String(r.requests).padStart(8)}  ${String(r.accepted).padStart(8)}  ${String(r.internalErrors).padStart(8)}  ${String(r.partialWrites).padStart(14)}`,
    );
    if (r.firstInternal) console.log(`    first internal error: ${r.firstInternal}`);
    if (r.firstPartialWrite) console.log(`    first partial write: ${r.firstPartialWrite}`);
  }
  const total = (key: 'requests' | 'accepted' | 'internalErrors' | 'partialWrites') => reports.reduce((sum, r) => sum + r[key], 0);
  const short = reports.filter((r) => r.requests < Number(flags.count)).length;
  console.log(
    `\nTotal: ${total('requests')} requests over ${reports.length} operations in ${(ms / 1000).toFixed(0)} s; ${total('accepted')} accepted;` +
      ` ${total('internalErrors')} INTERNAL_SERVER_ERROR over ${reports.filter((r) => r.internalErrors).length} operations;` +
      ` ${total('partialWrites')} partial writes over ${reports.filter((r) => r.partialWrites).length} operations` +
      (short ? `; ${short} operations stopped short of ${flags.count} by the time bound` : ''),
  );
}
