import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/orm.config.js';
import type { DemoOptions, DemoSummary } from '../demo/index.js';
import { demoTemplate } from './demo-template.js';
import { TEMPLATE_DATABASE, withDatabase } from './global-setup.js';

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** SQL statements run since the last reset, for tests that prove batching. */
  queries: string[];
  close(): Promise<void>;
}

export interface DemoTestDatabase extends TestDatabase {
  /** What loading the demo county reported (its `milliseconds` are those of the template's load). */
  summary: DemoSummary;
}

function adminUrl(): string {
  const url = inject('pgAdminUrl');
  if (!url) throw new Error('No test PostgreSQL in this run: a file that uses a database is named *.test.ts, not *.unit.test.ts (see vitest.config.ts).');
  return url;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated, empty database of its own for one test file. */
export function createTestDatabase(): Promise<TestDatabase> {
  return cloneOf(TEMPLATE_DATABASE);
}

/**
 * A database of its own holding the demo county, as `loadDemoData(options)` leaves it, for one test
 * file: cloned from a template loaded once per run (demo-template.ts). Without a `today` the county
 * ends on DEMO_TODAY; ask for another day or seed only when the test is about it (each costs a load).
 */
export async function createDemoTestDatabase(options: DemoOptions = {}): Promise<DemoTestDatabase> {
  const template = await demoTemplate(adminUrl(), options);
  return { ...(await cloneOf(template.name)), summary: template.summary };
}

async function cloneOf(template: string): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name} template ${template}`));
  const url = withDatabase(adminUrl(), name);
  const queries: string[] = [];
  const orm = await MikroORM.init(
    ormConfig(url, {
      debug: ['query'],
      logger: (message: string) => {
        // MikroORM logs each statement as "[query] <sql> [took N ms…]".
        const match = /\[query\]\s(.*?)(\s\[took.*)?$/s.exec(message);
        if (match) queries.push(match[1]);
      },
    }),
  );
  return {
    orm,
    url,
    queries,
    async close() {
      await orm.close(true);
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
