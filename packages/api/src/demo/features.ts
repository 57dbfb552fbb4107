import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { FEATURES } from '../features/index.js';
import { Random } from './prng.js';

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
