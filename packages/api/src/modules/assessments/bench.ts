/**
 * `pnpm --filter @township/api bench:assessment` (after a build): loads the demo county, then a
 * county ten times larger, each into a fresh embedded PostgreSQL, and prints how long a full
 * recompute takes and how many SQL statements it runs. Figures, not a test.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../../db/embedded-postgres.js';
import { ormConfig } from '../../db/orm.config.js';
import { loadDemoData } from '../../demo/index.js';
import { recomputeScores, recomputeYear } from './scores/recompute.service.js';
import { query, queryOne, sql } from '../../db/sql.js';

async function bench(scale: number) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'township-bench-'));
  const db = await startEmbeddedPostgres(dir);
  let counting = false;
  let statements = 0;
  const orm = await MikroORM.init(
    ormConfig(db.url, {
      debug: ['query'],
      logger: (message: string) => {
        if (!counting || !message.includes('[query]')) return;
        // BENCH_SLOW=<ms> names the statements slower than that.
        const took = /took (\d+) ms/.exec(message);
        if (process.env.BENCH_SLOW && took && Number(took[1]) > Number(process.env.BENCH_SLOW))
          // eslint-disable-next-line no-control-regex -- strips the ANSI colours (ESC [ … m) of MikroORM's query log
          console.log(`    ${took[1]} ms: ${message.replace(/\x1b\[[0-9;]*m/g, '').slice(8, 160)}`);
      },
    }),
  );
  try {
    // Counted on knex, which carries both MikroORM's statements and the query layer's (db/sql.ts).
    orm.em
      .getConnection()
      .getKnex()
      .on('query', () => {
        if (counting) statements++;
      });
    await orm.getMigrator().up();
    const today = new Date();
    const demo = await loadDemoData(orm, { scale, today });
    const em = orm.em.fork();
    const scheme = await queryOne(em, sql<{ id: number; year: number }>`select id, year from assessment_scheme order by year desc limit 1`);
    if (!scheme) throw new Error('the demo county has no assessment scheme');
    const measure = async (label: string, run: () => Promise<unknown>) => {
      statements = 0;
      counting = true;
      const started = performance.now();
      await run();
      counting = false;
      console.log(`  ${label}: ${(performance.now() - started).toFixed(0)} ms, ${statements} SQL statements`);
    };
    console.log(
      `scale ${scale}: ${demo.villages.toLocaleString('en-US')} villages, ${demo.statisticRows.toLocaleString('en-US')} statistic rows (demo loaded in ${(demo.milliseconds / 1000).toFixed(1)} s)`,
    );
    const quarter = `${scheme.year}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
    await measure(`recompute one quarter (${quarter}), every village and item, results unchanged`, () => recomputeScores(em, scheme.id, quarter));
    await query(em, sql`update assessment_result set digest = '' where period = ${quarter}`);
    await measure(`recompute ${quarter} when every result changed (all rows rewritten)`, () => recomputeScores(em, scheme.id, quarter));
    await measure(`recompute the year (${scheme.year}), every village and item`, () => recomputeScores(em, scheme.id, String(scheme.year)));
    await measure(`recompute every period of ${scheme.year} begun so far`, () => recomputeYear(em, scheme.id, today.toISOString()));
  } finally {
    await orm.close(true);
    await db.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

for (const scale of (process.argv[2] ?? '1,10').split(',').map(Number)) await bench(scale);
