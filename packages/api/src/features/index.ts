import { assessmentsFeature } from '../modules/assessments/index.js';
import { auditFeature } from '../modules/audit/index.js';
import { cadresFeature } from '../modules/cadres/index.js';
import { calendarFeature } from '../modules/calendar/index.js';
import { complaintsFeature } from '../modules/complaints/index.js';
import { departmentsFeature } from '../modules/departments/index.js';
import { evaluationsFeature } from '../modules/evaluations/index.js';
import { meetingsFeature } from '../modules/meetings/index.js';
import { orgUnitsFeature } from '../modules/org-units/index.js';
import { statisticsFeature } from '../modules/statistics/index.js';
import { surveysFeature } from '../modules/surveys/index.js';
import { usersFeature } from '../modules/users/index.js';
import type { FeatureManifest } from './manifest.js';

export type { FeatureManifest } from './manifest.js';

/**
 * The composition root: every feature of the API, the one list the schema (graphql/schema.ts), the
 * ORM (db/entities.ts) and the demo (demo/features.ts) read. The order is the order the demos run
 * in: a feature's demo reads what the features before it wrote.
 */
export const FEATURES: readonly FeatureManifest[] = [
  usersFeature,
  orgUnitsFeature,
  cadresFeature,
  departmentsFeature,
  statisticsFeature,
  auditFeature,
  surveysFeature,
  evaluationsFeature,
  complaintsFeature,
  calendarFeature,
  assessmentsFeature,
  meetingsFeature,
];

wireFeatures(FEATURES);

/**
 * Subscribes every feature's listeners, once per process. Here rather than in each feature's files:
 * anything that opens the database (db/entities.ts) or builds the schema loads this root, so a
 * listener cannot go missing because some file happened not to be imported.
 */
function wireFeatures(features: readonly FeatureManifest[]): void {
  for (const feature of features) feature.wire?.();
}
