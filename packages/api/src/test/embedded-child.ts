/**
 * A stand-in for the API process in tests of what becomes of its embedded PostgreSQL when it dies
 * (db/stale-postmaster.test.ts): starts the server in the data folder `argv[2]`, prints
 * `{"postmaster": pid}`, then waits to be killed, or with `argv[3]` = `crash` ends on an uncaught
 * error. SIGTERM ends it normally.
 */
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

const db = await startEmbeddedPostgres(process.argv[2]);
console.log(JSON.stringify({ postmaster: db.pid }));
process.on('SIGTERM', () => process.exit(0));
if (process.argv[3] === 'crash')
  setTimeout(() => {
    throw new Error('a crash after start-up');
  }, 10);
else setInterval(() => undefined, 60_000);
