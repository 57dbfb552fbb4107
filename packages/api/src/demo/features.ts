import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { evaluationsDemo } from '../modules/evaluations/evaluation.demo.js';
import { surveysDemo } from '../modules/surveys/survey.demo.js';
import { complaintDemo } from '../modules/complaints/complaint.demo.js';
import { assessmentDemo } from '../modules/assessments/assessment.demo.js';
import { meetingsDemo } from '../modules/meetings/meetings.demo.js';
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
 * Demo loaders of the features built on the foundation, run in this order after the county is
 * written, in the same transaction. A feature adds its own loader here (its file lives in the
 * feature's module folder, e.g. modules/assessments/assessment.demo.ts).
 */
export const FEATURE_DEMOS: FeatureDemo[] = [
  surveysDemo,
  evaluationsDemo,
  complaintDemo,
  // Last: scores read the statistics, surveys and complaints written above.
  assessmentDemo,
  // After everything: the meetings' agendas are drafted from all the figures above.
  meetingsDemo,
];

/** Runs every feature demo loader; each gets a seeded random source of its own. */
export async function loadFeatureDemos(trx: Knex.Transaction, em: EntityManager, seed: number, today: Date): Promise<string[]> {
  const lines: string[] = [];
  for (const feature of FEATURE_DEMOS) {
    const random = new Random(seed ^ hash(feature.name));
    lines.push(`${feature.name}: ${await feature.load({ trx, em, random, seed, today })}`);
  }
  return lines;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}
