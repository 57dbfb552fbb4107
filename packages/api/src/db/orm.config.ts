import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** ORM options for a database URL; the app, the tests and the CLI all come through here. */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      // Where `mikro-orm migration:create` writes new files (from the built dist/ back to src/).
      pathTs: path.resolve(here, '../../src/db/migrations'),
      path: path.resolve(here, 'migrations'),
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      snapshot: false,
    },
    // Reads never flush by accident; writes go through explicit transactions in services.
    forceUndefined: false,
    pool: { min: 0, max: 10 },
    debug: false,
    ...overrides,
  });
}

export default ormConfig(process.env.DATABASE_URL ?? 'postgres://township:township@127.0.0.1:5432/township');
