import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Random } from './prng.js';

/** What a feature's demo loader gets: the transaction the county was written in, and a seeded source. */
export interface FeatureDemoContext {
  trx: Knex.Transaction;
  /** The same transaction as an EntityManager, for loaders that reuse their services' SQL. */
  em: EntityManager;
  /** A random source of the feature's own, derived from the demo seed and the feature's name. */
  random: Random;
  seed: number;
  /** The date the demo runs "as of"; statistics end with its month. */
  today: Date;
}

export interface FeatureDemo {
  /** Short name for the start-up log, e.g. `assessment`. */
  name: string;
  /** Writes the feature's demo rows (reading villages, cadres… from the transaction) and says what it wrote. */
  load(context: FeatureDemoContext): Promise<string>;
}
