import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ormConfig } from '../db/orm.config.js';

export const TEMPLATE_DATABASE = 'township_template';
/** Templates holding the demo county, made on first use by demo-template.ts. */
export const DEMO_TEMPLATE_PREFIX = 'township_demo_';

/**
 * One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one in a temp folder),
 * with a template database migrated once; test files clone it in milliseconds.
 */
export default async function setup(project: TestProject) {
  const scratch = process.env.TEST_DATABASE_URL ? null : await fs.mkdtemp(path.join(os.tmpdir(), 'township-test-'));
  const embedded = scratch ? await startEmbeddedPostgres(scratch, 'postgres') : null;
  const adminUrl = process.env.TEST_DATABASE_URL ?? embedded!.url;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // A reused TEST_DATABASE_URL may hold templates of older migrations or demo generators.
  const { rows: demos } = await admin.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [DEMO_TEMPLATE_PREFIX]);
  for (const { datname } of demos) await admin.query(`drop database ${datname} with (force)`);
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();

  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl, TEMPLATE_DATABASE)));
  await orm.getMigrator().up();
  await orm.close(true);

  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await embedded?.stop();
    if (scratch) await fs.rm(scratch, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
