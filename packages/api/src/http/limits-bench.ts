/**
 * `pnpm --filter @township/api bench:limits [dataDir]` (after a build): loads the demo county into
 * an embedded PostgreSQL (kept in `dataDir` when given), then sends the over-limit requests of
 * issue 17 over HTTP and prints, for each, the answer, how long it took and the longest the event
 * loop was blocked meanwhile (two rounds: cold, then warm); then the hotspots page's real request
 * and an ordinary one after them. Figures, not a test.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { addMonths, currentMonth } from '@township/shared';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ormConfig } from '../db/orm.config.js';
import { DEMO_PASSWORD, isDatabaseEmpty, loadDemoData } from '../demo/index.js';
import { createServer } from './server.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const HOTSPOTS_PAGE = path.join(repoRoot, 'packages/dashboard/src/features/complaints/GetComplaintHotspots.graphql');

const keep = process.argv[2];
const dir = keep ? path.resolve(keep) : await fs.mkdtemp(path.join(os.tmpdir(), 'township-bench-'));
const db = await startEmbeddedPostgres(dir);
const orm = await MikroORM.init(ormConfig(db.url));
const server = await createServer({ orm, dashboardDir: '/nonexistent' });
try {
  await orm.getMigrator().up();
  if (await isDatabaseEmpty(orm)) await loadDemoData(orm);
  const base = `http://127.0.0.1:${await server.listen(0)}/graphql`;
  const post = (body: string, cookie = '') => fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const operation = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  const signIn = await post(operation(`mutation { login(username: "leader", password: "${DEMO_PASSWORD}") { username } }`));
  const leader = signIn.headers.get('set-cookie')!.split(';')[0];
  const { data } = (await (await post(operation('{ viewer { scope { id } } }'), leader)).json()) as { data: { viewer: { scope: { id: string } } } };
  const unitId = data.viewer.scope.id;
  const end = addMonths(currentMonth(), -1);
  const period = { from: addMonths(end, -2), to: end };

  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const send = async (label: string, body: string, cookie = '') => {
    delay.reset();
    const started = performance.now();
    const response = await post(body, cookie);
    const text = await response.text();
    const took = performance.now() - started;
    const { errors } = JSON.parse(text) as { errors?: { extensions: { code: string; reason?: string; params?: { actual?: number } } }[] };
    const error = errors?.[0]?.extensions;
    const verdict = error ? `${error.code} ${error.reason ?? ''} ${error.params?.actual ?? ''}`.trim() : 'answered';
    console.log(
      `${label.padEnd(58)} ${String(response.status).padEnd(4)} ${verdict.padEnd(34)} ${took.toFixed(0).padStart(5)} ms, loop blocked ≤ ${(delay.max / 1e6).toFixed(0)} ms, ${(body.length / 1000).toFixed(0)} kB sent`,
    );
  };

  const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');
  const hotspot = 'complaintHotspots(orgUnitId: $u, period: $p) { cells { orgUnit { name } category count per10k } }';
  const nest = (levels: number): string => (levels === 0 ? 'name' : `assignments { cadre { name ${nest(levels - 1)} } }`);
  const pages = (levels: number): string => (levels === 0 ? 'id' : `complaints(first: 100) { nodes { id complainant { ${pages(levels - 1)} } } }`);

  // Twice: the first round includes compiling the code paths, the second is what a repeated attack costs.
  for (const round of ['first', 'again']) {
    console.log(`-- ${round}`);
    await send('anonymous: 56,173 aliased __typename (1 MB)', operation(`{ ${aliases(56_173, '__typename')} }`));
    await send('anonymous: 14,000 aliased __typename (250 kB)', operation(`{ ${aliases(14_000, '__typename')} }`));
    await send(
      'leader: 300 aliases of complaintHotspots',
      operation(`query ($u: ID!, $p: PeriodInput!) { ${aliases(300, hotspot)} }`, { u: unitId, p: period }),
      leader,
    );
    await send(
      'leader: 31 aliases of complaintHotspots',
      operation(`query ($u: ID!, $p: PeriodInput!) { ${aliases(31, hotspot)} }`, { u: unitId, p: period }),
      leader,
    );
    await send(
      'leader: 12 aliases of complaintHotspots',
      operation(`query ($u: ID!, $p: PeriodInput!) { ${aliases(12, hotspot)} }`, { u: unitId, p: period }),
      leader,
    );
    await send('leader: villages → assignments → cadre → … 15 deep', operation(`{ villages(first: 100) { nodes { ${nest(6)} } } }`), leader);
    await send('leader: complaints → complainant → complaints, first 100 ×3', operation(`{ ${pages(3)} }`), leader);
    await send('leader: 101 root fields', operation(`{ ${Array.from({ length: 101 }, () => 'latestMonth').join(' ')} }`), leader);
  }

  const page = await fs.readFile(HOTSPOTS_PAGE, 'utf8');
  const pageVariables = {
    unitId,
    period,
    trendPeriod: { from: addMonths(currentMonth(), -23), to: currentMonth() },
    breakdown: 'VILLAGE',
    ratesBreakdown: 'TOWNSHIP',
    topicMonth: end,
    heatmapRows: 25,
  };
  await send('leader: the hotspots page (GetComplaintHotspots)', operation(page, pageVariables), leader);
  await send('leader: an ordinary request after them', operation('{ viewer { username } latestMonth }'), leader);
  delay.disable();
} finally {
  await server.close();
  await orm.close(true);
  await db.stop();
  if (!keep) await fs.rm(dir, { recursive: true, force: true });
}
