/**
 * `pnpm --filter @township/api load [--clients 50] [--seconds 60] [--url http://127.0.0.1:PORT]
 * [--data-dir DIR]` (after a build): many dashboard users at once. Starts the product on the demo
 * county (or uses a server already running on this machine), signs in as five roles and has each
 * client send the dashboard's own requests, one after another, weighted like a working session,
 * with 10 % writes; meanwhile one more client times a cheap request and a sign-in. Prints
 * throughput, latency percentiles, the slowest operations and every error. Figures, not a test.
 */
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../demo/index.js';
import { Random } from '../demo/prng.js';
import { loopbackOrigin, numberFlag } from './cli-flags.js';
import { nextRequest, writeShareFor } from './dashboard-mix.js';
import { readDashboardOperations } from './dashboard-operations.js';
import { GraphqlClient, SIGN_IN } from './graphql-client.js';
import { formatMs, formatSummary, LatencyTally } from './latency.js';
import { dataDirectory, startProduct, stopProduct, type Product } from './product.js';
import { openRoleSession, type RoleSession } from './role-session.js';

const ROLES = ['leader', 'office', 'village', 'analyst', 'department'];
/** Signs in for the sign-in probe; none of the load's clients uses it. */
const PROBE_USER = 'admin';
const PROBE_PAUSE_MS = 500;
/**
 * The load's clients share one address and send with no pause between requests: a capacity test,
 * which the per-user and per-address cost budgets exist to stop (on a quiet machine 85 % of the
 * requests were answered RATE_LIMITED). Lifted unless --keep-rate-limits.
 */
const UNLIMITED = { RATE_LIMIT_USER_COST: String(Number.MAX_SAFE_INTEGER), RATE_LIMIT_ADDRESS_COST: String(Number.MAX_SAFE_INTEGER) };

const { values: flags } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    url: { type: 'string' },
    'data-dir': { type: 'string', default: process.env.PROOF_DATA_DIR },
    'write-share': { type: 'string', default: '0.1' },
    timeout: { type: 'string', default: '60' },
    seed: { type: 'string', default: '17' },
    'keep-rate-limits': { type: 'boolean', default: false },
  },
});
const clients = numberFlag(flags.clients!, 'clients', 1, 500);
const seconds = numberFlag(flags.seconds!, 'seconds', 1, 3600);
const targetWriteShare = numberFlag(flags['write-share']!, 'write-share', 0, 1);
const timeoutMs = numberFlag(flags.timeout!, 'timeout', 1, 600) * 1000;
const seed = numberFlag(flags.seed!, 'seed', 0, 2 ** 32 - 1);
const url = flags.url ? loopbackOrigin(flags.url) : undefined;

const data = url ? null : await dataDirectory(flags['data-dir']);
let product: Product | null = null;
try {
  product = data ? await startProduct(data.dir, undefined, flags['keep-rate-limits'] ? {} : UNLIMITED) : null;
  const origin = url ?? product!.origin;
  console.log(product ? `Started the product on ${data!.dir} in ${formatMs(product.startMs)} (${origin})` : `Using the server at ${origin}`);
  if (product && !flags['keep-rate-limits']) console.log('Cost budgets per user and per address lifted for this run (--keep-rate-limits keeps them)');
  const client = new GraphqlClient(origin, timeoutMs);
  const operations = await readDashboardOperations();
  const sessions = await Promise.all(ROLES.map((role) => openRoleSession(client, operations, role)));
  describePlans(sessions);
  const roleOf = (i: number) => sessions[i % sessions.length];
  const writingClients = Array.from({ length: clients }, (_, i) => roleOf(i)).filter((s) => s.plan.writes.length).length;
  const writeShare = writeShareFor(targetWriteShare, clients, writingClients);

  const tally = new LatencyTally();
  let writes = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const run = `${Date.now().toString(36)}`;
  const loop = async (i: number) => {
    const session = roleOf(i);
    const random = new Random(seed).fork(`client ${i}`);
    for (let n = 0; performance.now() < deadline; n++) {
      const request = nextRequest(session.plan, session.facts, random, writeShare, `${run}-${i}-${n}`);
      const { ms, error } = await session.send(request.operation, request.variables);
      tally.record(request.operation, ms, error);
      if (request.write) writes++;
    }
  };
  console.log(`Sending: ${clients} clients for ${seconds} s (each request gives up after ${timeoutMs / 1000} s)…`);
  const [probes] = await Promise.all([probe(client, sessions[0], deadline), ...Array.from({ length: clients }, (_, i) => loop(i))]);
  const elapsed = (performance.now() - started) / 1000;

  console.log(
    `\nRequests: ${tally.count} in ${elapsed.toFixed(1)} s = ${(tally.count / elapsed).toFixed(1)} requests/s; ${writes} writes (${((100 * writes) / Math.max(1, tally.count)).toFixed(1)} %)`,
  );
  console.log(`Latency, every request: ${formatSummary(tally.overall())}`);
  console.log(`Errors: ${tally.errorCount}${tally.errorCount ? ` (${((100 * tally.errorCount) / tally.count).toFixed(1)} % of requests)` : ''}`);
  for (const [error, n] of tally.errors()) console.log(`  ${String(n).padStart(6)}  ${error}`);
  console.log('Slowest operations (by p95):');
  for (const { operation, latency, errors } of tally.byOperation().slice(0, 10)) {
    console.log(`  ${operation.padEnd(26)} ${formatSummary(latency)}${errors ? `; ${errors} errors` : ''}`);
  }
  console.log('Cheap requests during the load (one client, one at a time, not counted above):');
  console.log(`  { viewer { username } }  ${describe(probes.viewer)}`);
  console.log(`  sign-in (${PROBE_USER})         ${describe(probes.signIn)}`);
} finally {
  if (product) console.log(`\n${await stopProduct(product, data!.dir)}`);
  await data?.dispose();
}

function describe(tally: LatencyTally) {
  const errors = tally
    .errors()
    .map(([error, n]) => `${n} × ${error}`)
    .join(', ');
  return `${formatSummary(tally.overall())}${errors ? `; errors: ${errors}` : ''}`;
}

function describePlans(sessions: RoleSession[]) {
  for (const { username, plan, refused } of sessions) {
    const refusals = refused.length ? `; refused once, so left out: ${refused.map(([operation, error]) => `${operation} (${error})`).join(', ')}` : '';
    console.log(
      `  ${username}: ${plan.reads.length} reads, ${plan.writes.length} writes (${plan.writes.map(([e]) => e.operation).join(', ') || 'none'})${refusals}`,
    );
  }
}

/**
 * What a user opening the sign-in page meets while the others load the server: the session check
 * every page starts with, and a sign-in now and then.
 */
async function probe(client: GraphqlClient, session: RoleSession, deadline: number) {
  const viewer = new LatencyTally();
  const signIn = new LatencyTally();
  for (let n = 0; performance.now() < deadline; n++) {
    const check = await client.request('query CheckSession { viewer { username } }', {}, { cookie: session.cookie, operationName: 'CheckSession' });
    viewer.record('viewer', check.ms, check.error);
    if (n % 4 === 0) {
      const login = await client.request(SIGN_IN, { username: PROBE_USER, password: DEMO_PASSWORD }, { operationName: 'SignIn' });
      signIn.record('signIn', login.ms, login.error);
    }
    await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
  }
  return { viewer, signIn };
}
