import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/orm.config.js';
import { TEMPLATE_DATABASE, withDatabase } from './global-setup.js';

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** SQL statements run since the last reset, for tests that prove batching. */
  queries: string[];
  close(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated, empty database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name} template ${TEMPLATE_DATABASE}`));
  const url = withDatabase(inject('pgAdminUrl'), name);
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
