import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm.config.js';

export interface Database {
  orm: MikroORM;
  /** Where the data lives, for the start-up banner (password removed). */
  description: string;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL or starts the embedded server, then applies pending migrations. */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const orm = await MikroORM.init(ormConfig(url));
    await orm.getMigrator().up();
    return {
      orm,
      description: embedded ? `embedded PostgreSQL in ${config.dataDir}` : url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@'),
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
