/**
 * `pnpm --filter @township/api fault [--clients 20] [--before 10] [--after 30] [--restart]
 * [--data-dir DIR]` (after a build): the database dies under a write load. Starts the product on
 * the demo county, has office staff register complaints from many clients, kills the embedded
 * PostgreSQL's postmaster with SIGKILL, keeps writing, then prints what the users met (errors by
 * code, /readyz, when writes worked again), whether the API process survived, and whether any
 * acknowledged write is missing from the database. With --restart, then kills the API process
 * itself and starts the product again on the same data. Figures, not a test; loopback only.
 */
import { parseArgs } from 'node:util';
import { numberFlag } from './cli-flags.js';
import { readDashboardOperations } from './dashboard-operations.js';
import { GraphqlClient } from './graphql-client.js';
import { formatMs, formatPercentiles, LatencyTally } from './latency.js';
import { dataDirectory, livePostmaster, startProduct, stopOrphanPostgres, stopProduct, type Product } from './product.js';
import { openRoleSession } from './role-session.js';
import { lookUpWrites, writeLoad, type Ack, type Failure } from './write-load.js';

const WRITER = 'office';
const READY_POLL_MS = 250;
/** How long the restarted product may take before the restart counts as failed. */
const RESTART_BOUND_MS = 60_000;

const { values: flags } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    before: { type: 'string', default: '10' },
    after: { type: 'string', default: '30' },
    timeout: { type: 'string', default: '10' },
    restart: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: process.env.PROOF_DATA_DIR },
  },
});
const clients = numberFlag(flags.clients!, 'clients', 1, 200);
const beforeMs = numberFlag(flags.before!, 'before', 1, 600) * 1000;
const afterMs = numberFlag(flags.after!, 'after', 1, 600) * 1000;
const timeoutMs = numberFlag(flags.timeout!, 'timeout', 1, 120) * 1000;
const run = `fault-${Date.now().toString(36)}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const data = await dataDirectory(flags['data-dir']);
try {
  await databaseKilled();
  if (flags.restart) await apiKilled();
} finally {
  await data.dispose();
}

async function writerOn(product: Product) {
  const client = new GraphqlClient(product.origin, timeoutMs);
  return { client, session: await openRoleSession(client, await readDashboardOperations(), WRITER, { reads: [] }) };
}

/** Scenario 1: SIGKILL to the embedded PostgreSQL while writes go on. */
async function databaseKilled() {
  const product = await startProduct(data.dir);
  console.log(`Started the product on ${data.dir} in ${formatMs(product.startMs)} (${product.origin})`);
  let acks: Ack[] = [];
  try {
    const { client, session } = await writerOn(product);
    if (!session.plan.writes.length) throw new Error(`${WRITER} cannot register a complaint: ${JSON.stringify(session.refused)}`);
    const start = performance.now();
    const killAt = start + beforeMs;
    const end = killAt + afterMs;
    const postmaster = await livePostmaster(data.dir);
    if (!postmaster) throw new Error(`No embedded PostgreSQL runs on ${data.dir}`);
    console.log(
      `Scenario 1: ${clients} clients register complaints as ${WRITER}; PostgreSQL (pid ${postmaster}) killed with SIGKILL after ${seconds(beforeMs)}, writes go on for ${seconds(afterMs)}…`,
    );
    const killed = new Promise<void>((resolve) =>
      setTimeout(() => {
        process.kill(postmaster, 'SIGKILL');
        resolve();
      }, beforeMs),
    );
    const [load, readiness] = await Promise.all([
      writeLoad(session, clients, () => performance.now() < end, `${run}-1`),
      pollReadiness(client, killAt, end),
      killed,
    ]);
    acks = load.acks;

    const afterKill = load.failures.filter((f) => f.answeredAt >= killAt);
    const firstFailure = afterKill.length ? Math.min(...afterKill.map((f) => f.answeredAt)) : null;
    const recovered = firstFailure === null ? null : load.acks.filter((a) => a.sentAt > firstFailure).sort((a, b) => a.answeredAt - b.answeredAt)[0];
    const acknowledged = (from: number, to: number) => acks.filter((a) => a.answeredAt >= from && a.answeredAt < to).length;
    console.log(`\nAcknowledged writes: ${acknowledged(0, killAt)} before the kill, ${acknowledged(killAt, Infinity)} after it`);
    const outage = tallyOf(afterKill);
    console.log(`Failed writes after the kill: ${afterKill.length}${afterKill.length ? ` (answered in ${formatPercentiles(outage.overall())})` : ''}`);
    for (const [error, n] of outage.errors()) console.log(`  ${String(n).padStart(6)}  ${error}`);
    for (const line of product.unexpectedErrors()) console.log(`  server log: ${line.slice(0, 600)}`);
    const earlier = tallyOf(load.failures.filter((f) => f.answeredAt < killAt));
    if (earlier.errorCount)
      console.log(
        `Failed writes before the kill: ${earlier.errorCount} (${earlier
          .errors()
          .map(([e, n]) => `${n} × ${e}`)
          .join(', ')})`,
      );
    console.log(
      `/readyz: ${readiness.red === null ? 'never left 200' : `not 200 from +${seconds(readiness.red - killAt)} after the kill`}; 200 again: ${readiness.green === null ? `never (within ${seconds(afterMs)})` : `+${seconds(readiness.green - killAt)} after the kill`}`,
    );
    console.log(
      `Writes: ${firstFailure === null ? 'none failed after the kill' : `first failure +${seconds(firstFailure - killAt)} after the kill; accepted again ${recovered ? `+${seconds(recovered.answeredAt - killAt)} after the kill` : `never (within ${seconds(afterMs)})`}`}`,
    );
    const healthz = await fetch(`${product.origin}/healthz`).then(
      (r) => `HTTP ${r.status}`,
      () => 'no answer',
    );
    const again = await livePostmaster(data.dir);
    console.log(
      `API process: ${product.alive() ? `survived (/healthz: ${healthz})` : `died (${await product.exited})`}; PostgreSQL at the end: ${again ? `running again (pid ${again})` : 'not running'}`,
    );
  } finally {
    console.log(`Stopping: ${await stopProduct(product, data.dir)}`);
  }
  await reportLost(acks, `${run}-1`);
}

/** Scenario 2: SIGKILL to the API process during writes, then a start on the same data. */
async function apiKilled() {
  const product = await startProduct(data.dir);
  let acks: Ack[];
  try {
    const { session } = await writerOn(product);
    console.log(
      `\nScenario 2: ${clients} clients register complaints for ${seconds(beforeMs)}, then the API process (pid ${product.pid}) is killed with SIGKILL…`,
    );
    let going = true;
    const load = writeLoad(session, clients, () => going, `${run}-2`);
    await new Promise((resolve) => setTimeout(resolve, beforeMs));
    process.kill(product.pid, 'SIGKILL');
    going = false;
    await product.exited;
    acks = (await load).acks;
  } catch (error) {
    console.log(`Stopping: ${await stopProduct(product, data.dir)}`);
    throw error;
  }
  const orphan = await livePostmaster(data.dir);
  console.log(`Acknowledged writes before the kill: ${acks.length}`);
  console.log(`Its embedded PostgreSQL after the kill: ${orphan ? `still running (pid ${orphan}, orphaned)` : 'gone'}`);
  const started = performance.now();
  const restarted = await startProduct(data.dir, RESTART_BOUND_MS).catch((error: Error) => error);
  if (restarted instanceof Error) {
    console.log(`Restart on the same data directory: failed after ${seconds(performance.now() - started)}: ${whyNot(restarted)}`);
    console.log(`Cleaning up: ${(await stopOrphanPostgres(data.dir)) ?? 'nothing left running'}`);
  } else {
    console.log(`Restart on the same data directory: ready in ${formatMs(restarted.startMs)}`);
    console.log(`Stopping: ${await stopProduct(restarted, data.dir)}`);
  }
  await reportLost(acks, `${run}-2`);
}

async function reportLost(acks: Ack[], marker: string) {
  const { found, marked } = await lookUpWrites(
    data.dir,
    acks.map((a) => a.id),
    marker,
  );
  const lost = acks.filter((a) => !found.has(a.id));
  console.log(
    `Acknowledged writes lost: ${lost.length} of ${acks.length} (each looked up by id afterwards)${
      lost.length
        ? `: ids ${lost
            .slice(0, 20)
            .map((a) => a.id)
            .join(', ')}`
        : ''
    }`,
  );
  console.log(`Complaints carrying this run's marker: ${marked} (${marked - found.size} written without an acknowledgement reaching the client)`);
}

/** When /readyz first stopped answering 200 after `from`, and when it answered 200 again after that. */
async function pollReadiness(client: GraphqlClient, from: number, end: number) {
  let red: number | null = null;
  let green: number | null = null;
  while (performance.now() < end && green === null) {
    const at = performance.now();
    const ok = await fetch(`${client.base}/readyz`, { signal: AbortSignal.timeout(READY_POLL_MS * 4) }).then(
      (r) => r.ok,
      () => false,
    );
    if (at >= from && !ok && red === null) red = at;
    if (red !== null && ok) green = at;
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  return { red, green };
}

/** The product's own words for a failed start, without the stack. */
function whyNot(error: Error): string {
  const lines = error.message.split('\n').map((line) => line.trim());
  return [lines[0], ...new Set(lines.slice(1).filter((line) => /^\w*Error:|FATAL|refus/.test(line)))].slice(0, 4).join(' | ');
}

function tallyOf(failures: Failure[]) {
  const tally = new LatencyTally();
  for (const { sentAt, answeredAt, error } of failures) tally.record('write', answeredAt - sentAt, error);
  return tally;
}
