import { createHash } from 'node:crypto';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/orm.config.js';
import { DEFAULT_DEMO_SEED, loadDemoData, type DemoOptions, type DemoSummary } from '../demo/index.js';
import { DEMO_TEMPLATE_PREFIX, TEMPLATE_DATABASE, withDatabase } from './global-setup.js';

/** The day the test runs' demo county ends on, unless a file asks for another: fixed, so every run sees the same county. */
export const DEMO_TODAY = new Date('2026-11-23T08:00:00Z');

export interface DemoTemplate {
  name: string;
  summary: DemoSummary;
}

/**
 * A template database holding the demo county for these options, loaded by the first test file of
 * the run that asks for it: loading takes seconds, cloning the result a fraction of that. Files in
 * other workers asking meanwhile wait on an advisory lock, then clone. The load's summary is kept
 * as the database's comment, which also marks the template complete (a worker killed mid-load
 * leaves none, so the next asker loads again).
 */
export async function demoTemplate(adminUrl: string, options: DemoOptions = {}): Promise<DemoTemplate> {
  const chosen = { seed: options.seed ?? DEFAULT_DEMO_SEED, scale: options.scale ?? 1, today: options.today ?? DEMO_TODAY };
  const name = DEMO_TEMPLATE_PREFIX + createHash('sha256').update(JSON.stringify(chosen)).digest('hex').slice(0, 12);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Session-level: released when this connection ends, whatever happens.
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const summary = (await storedSummary(admin, name)) ?? (await load(admin, adminUrl, name, chosen));
    return { name, summary };
  } finally {
    await admin.end();
  }
}

async function storedSummary(admin: pg.Client, name: string): Promise<DemoSummary | null> {
  const { rows } = await admin.query<{ summary: string | null }>(
    `select shobj_description(oid, 'pg_database') as summary from pg_database where datname = $1`,
    [name],
  );
  return rows[0]?.summary ? (JSON.parse(rows[0].summary) as DemoSummary) : null;
}

async function load(admin: pg.Client, adminUrl: string, name: string, options: DemoOptions): Promise<DemoSummary> {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl, name)));
  let summary: DemoSummary;
  try {
    summary = await loadDemoData(orm, options);
  } finally {
    // A template must have no connections left, or cloning it fails.
    await orm.close(true);
  }
  await admin.query(`comment on database ${name} is ${admin.escapeLiteral(JSON.stringify(summary))}`);
  return summary;
}
