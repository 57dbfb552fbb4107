/**
 * Boot: database (embedded or DATABASE_URL) → migrations → demo data when empty → one HTTP
 * server. Ctrl-C (SIGINT) or SIGTERM drains the server (requests under way finish, new ones are
 * refused) and then stops the embedded database.
 */
import { bootstrapEmptyDatabase } from './bootstrap.js';
import { readConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { DEMO_PASSWORD, DEMO_USERS, formatDemoSummary, isDatabaseEmpty, loadDemoData } from './demo/index.js';
import { createServer } from './http/server.js';
import { log } from './log.js';
import { keepServingOnStrayErrors } from './process-guards.js';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const config = readConfig();

let database: Database | undefined;
let server: Awaited<ReturnType<typeof createServer>> | undefined;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  // The last resort: whatever hangs, the process ends (and asks its PostgreSQL to stop on exit).
  setTimeout(() => {
    console.error('Stopping took over 10 s: exiting without waiting.');
    process.exit(1);
  }, 10_000).unref();
  await server?.close();
  await database?.close();
  console.log('Stopped.');
  process.exit(0);
}
// From the first moment: a signal during start-up still stops the database (see db/postmaster.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));

database = await openDatabase(config);
let demoLoaded = false;
try {
  if (await isDatabaseEmpty(database.orm)) {
    if (config.demo) {
      console.log('Empty database: loading the demo county…');
      console.log(formatDemoSummary(await loadDemoData(database.orm)));
      demoLoaded = true;
    } else {
      console.log(await bootstrapEmptyDatabase(database.orm, config.bootstrap));
    }
  }
} catch (error) {
  await database.close();
  throw error;
}

server = await createServer({ orm: database.orm, dashboardDir: config.dashboardDir, rateLimits: config.rateLimits, requestTimeoutMs: config.requestTimeoutMs });
const port = await server.listen(config.port).catch(async (error: NodeJS.ErrnoException) => {
  await database!.close();
  console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is in use: set PORT to another port.` : error.message);
  process.exit(1);
});

const url = `http://localhost:${port}/`;
console.log(`
  Township family-planning platform is ready in ${seconds()}${demoLoaded ? ' (demo data loaded)' : ''}
  Dashboard:  ${url}
  GraphQL:    ${url}graphql   (explorer: ${url}explorer)
  Database:   ${database.description}
${config.demo ? `  Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.username).join(', ')}\n` : ''}  Requests are logged below, one JSON line each (LOG_LEVEL=warn keeps only failures).
  Stop with Ctrl-C.
`);

keepServingOnStrayErrors(log);
