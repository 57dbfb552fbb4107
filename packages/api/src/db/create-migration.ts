/**
 * `pnpm --filter @township/api migration:create [name]`: diffs the entities against a database
 * migrated to the latest migration and writes the difference as a new migration file in
 * src/db/migrations/. Uses DATABASE_URL, or a throw-away embedded PostgreSQL.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm.config.js';

const scratch = process.env.DATABASE_URL ? null : await fs.mkdtemp(path.join(os.tmpdir(), 'township-migration-'));
const embedded = scratch ? await startEmbeddedPostgres(scratch) : null;
const orm = await MikroORM.init(ormConfig(process.env.DATABASE_URL ?? embedded!.url));
try {
  const migrator = orm.getMigrator();
  await migrator.up();
  const result = await migrator.createMigration(undefined, false, false, process.argv[2]);
  if (!result.diff.up.length) console.log('Entities and migrations agree: nothing to write.');
  else console.log(`Wrote src/db/migrations/${result.fileName}; add it to src/db/migrations/index.ts.`);
} finally {
  await orm.close(true);
  await embedded?.stop();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
}
