import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { FEATURES } from '../features/index.js';
import { Random } from './prng.js';

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

/**
 * Runs the demo loaders of the features built on the foundation, after the county is written, in
 * the same transaction and in the composition root's order (features/index.ts); each gets a seeded
 * random source of its own. A feature declares its loader in its manifest.
 */
export async function loadFeatureDemos(trx: Knex.Transaction, em: EntityManager, seed: number, today: Date): Promise<string[]> {
  const lines: string[] = [];
  for (const { demo } of FEATURES) {
    if (!demo) continue;
    const random = new Random(seed ^ hash(demo.name));
    lines.push(`${demo.name}: ${await demo.load({ trx, em, random, seed, today })}`);
  }
  return lines;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}
