import { MikroORM, type Knex } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config.js';
import { log } from '../log.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm.config.js';

export interface Database {
  orm: MikroORM;
  /** Where the data lives, for the start-up banner (password removed). */
  description: string;
  /** Closes the pool, then stops the embedded server; never hangs on a dead or stuck database. */
  close(): Promise<void>;
}

/** How long closing the pool may wait for connections still in use before the server is stopped under them. */
const POOL_CLOSE_MS = 3_000;

/**
 * Connects to DATABASE_URL or starts the embedded server (restarted by its supervisor if it dies),
 * then applies pending migrations. Every connection carries `statement_timeout`, so no statement
 * holds a connection longer than that.
 */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'statementTimeoutMs'>): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const orm = await MikroORM.init(ormConfig(url, { driverOptions: { connection: { statement_timeout: config.statementTimeoutMs }, log: knexLog } }));
    await migrate(orm);
    return {
      orm,
      description: embedded ? `embedded PostgreSQL in ${config.dataDir}` : url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@'),
      async close() {
        await Promise.race([orm.close(true), new Promise((resolve) => setTimeout(resolve, POOL_CLOSE_MS).unref())]);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** knex tells of each broken connection it drops (expected while the database restarts): details for the log, not the console. */
const knexLog = Object.fromEntries(['debug', 'warn', 'error', 'deprecate'].map((level) => [level, (message: unknown) => log.debug({ knex: message }, 'knex')]));

/** Migrations run without the statement timeout: building an index on a large table may take longer. */
async function migrate(orm: MikroORM) {
  await orm.em.getConnection().transactional(async (transaction: Knex.Transaction) => {
    await transaction.raw('set local statement_timeout = 0');
    await orm.getMigrator().up({ transaction });
  });
}
