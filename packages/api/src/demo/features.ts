import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { FeatureDemo } from './feature-demo.js';
import { evaluationsDemo } from '../modules/evaluations/evaluation.demo.js';
import { surveysDemo } from '../modules/surveys/survey.demo.js';
import { complaintDemo } from '../modules/complaints/complaint.demo.js';
import { assessmentDemo } from '../modules/assessments/assessment.demo.js';
import { meetingsDemo } from '../modules/meetings/meetings.demo.js';
import { Random } from './prng.js';

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
