/**
 * `pnpm --filter @township/api bench:hotspots [dataDir]` (after a build): loads the demo county
 * into an embedded PostgreSQL (kept in `dataDir` when given, so the next run skips the load), then
 * sends the complaint hotspots page's request exactly as the dashboard does, over HTTP as the
 * county leader, and prints its time, size and SQL statements. Figures, not a test.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { addMonths, currentMonth } from '@township/shared';
import { startEmbeddedPostgres } from '../../db/embedded-postgres.js';
import { ormConfig } from '../../db/orm.config.js';
import { readDashboardOperations } from '../../bench/dashboard-operations.js';
import { GraphqlClient } from '../../bench/graphql-client.js';
import { summarise } from '../../bench/latency.js';
import { isDatabaseEmpty, loadDemoData } from '../../demo/index.js';
import { createServer } from '../../http/server.js';

const RUNS = 5;

const keep = process.argv[2];
const dir = keep ? path.resolve(keep) : await fs.mkdtemp(path.join(os.tmpdir(), 'township-bench-'));
const db = await startEmbeddedPostgres(dir);
let statements = 0;
const orm = await MikroORM.init(ormConfig(db.url));
const server = await createServer({ orm, dashboardDir: '/nonexistent' });
try {
  // Counted on knex, which carries every statement MikroORM runs.
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      statements++;
    });
  await orm.getMigrator().up();
  if (await isDatabaseEmpty(orm)) await loadDemoData(orm);
  const client = new GraphqlClient(`http://127.0.0.1:${await server.listen(0)}`);
  const cookie = await client.signIn('leader');
  const { viewer } = await client.data<{ viewer: { scope: { id: string } } }>('{ viewer { scope { id } } }', {}, { cookie });

  // The page's defaults for a county leader (see ComplaintHotspots.vue and useComplaintHotspots.ts).
  const end = addMonths(currentMonth(), -1);
  const variables = {
    unitId: viewer.scope.id,
    period: { from: addMonths(end, -2), to: end },
    trendPeriod: { from: addMonths(currentMonth(), -23), to: currentMonth() },
    breakdown: 'VILLAGE',
    ratesBreakdown: 'TOWNSHIP',
    topicMonth: end,
    heatmapRows: 25, // HEATMAP_ROWS in hotspot-shape.ts
  };
  // The page's own operation, so the figures follow whatever the dashboard asks.
  const { document: query } = (await readDashboardOperations()).get('GetComplaintHotspots')!;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    statements = 0;
    const { ms, size, error } = await client.request(query, variables, { cookie, operationName: 'GetComplaintHotspots' });
    times.push(ms);
    if (error) throw new Error(`The request failed: ${error}`);
    if (run === 0) console.log(`GetComplaintHotspots as the county leader: ${(size / 1000).toFixed(1)} kB, ${statements} SQL statements`);
  }
  const warm = times.slice(1);
  console.log(`  first ${times[0].toFixed(0)} ms; then median ${summarise(warm).p50.toFixed(0)} ms (${warm.map((t) => t.toFixed(0)).join(', ')})`);
} finally {
  await server.close();
  await orm.close(true);
  await db.stop();
  if (!keep) await fs.rm(dir, { recursive: true, force: true });
}
