import { refusal, type Refusal, type RefusalReason } from './refusals.js';

/**
 * Monthly village statistics: the counts a village reports, and the rules that check a report.
 * Field names match the GraphQL input and (in snake_case) the database columns.
 */
export const STATISTIC_FIELDS = [
  'population',
  'households',
  'marriedWomen',
  'births',
  'birthsMale',
  'birthsFemale',
  'birthsInPolicy',
  'deaths',
  'contraceptionUsers',
  'healthChecksDue',
  'healthChecksDone',
  'floatingIn',
  'floatingOut',
  'feeDue',
  'feeCollected',
  'incentivesPaid',
] as const;
export type StatisticField = (typeof STATISTIC_FIELDS)[number];
export type StatisticCounts = Record<StatisticField, number>;

export interface StatisticViolation {
  field: StatisticField;
  message: string;
  /** The rule broken and its figures, for the client's own wording. */
  rule: Refusal;
}

/** Each "part" must not exceed its "whole": these keep every derived rate within 0–100%. */
const PART_OF_WHOLE: ReadonlyArray<[StatisticField, StatisticField, RefusalReason]> = [
  ['birthsInPolicy', 'births', 'birthsInPolicyOverBirths'],
  ['healthChecksDone', 'healthChecksDue', 'healthChecksDoneOverDue'],
  ['feeCollected', 'feeDue', 'feeCollectedOverDue'],
  ['contraceptionUsers', 'marriedWomen', 'contraceptionUsersOverMarriedWomen'],
  ['marriedWomen', 'population', 'marriedWomenOverPopulation'],
  ['households', 'population', 'householdsOverPopulation'],
];

/** Every problem of one monthly report, so the form can show them all at once. */
export function validateStatistics(counts: StatisticCounts): StatisticViolation[] {
  const problems: StatisticViolation[] = [];
  for (const field of STATISTIC_FIELDS) {
    const value = counts[field];
    if (!Number.isInteger(value)) problems.push({ field, message: `${field} must be a whole number`, rule: refusal('notWholeNumber') });
    else if (value < 0) problems.push({ field, message: `${field} must not be negative`, rule: refusal('negative') });
  }
  if (problems.length) return problems;
  if (counts.birthsMale + counts.birthsFemale !== counts.births) {
    problems.push({
      field: 'births',
      message: `births (${counts.births}) must equal birthsMale + birthsFemale (${counts.birthsMale} + ${counts.birthsFemale})`,
      rule: refusal('birthsNotSum', { births: counts.births, birthsMale: counts.birthsMale, birthsFemale: counts.birthsFemale }),
    });
  }
  for (const [part, whole, reason] of PART_OF_WHOLE) {
    if (counts[part] > counts[whole]) {
      problems.push({
        field: part,
        message: `${part} (${counts[part]}) must not exceed ${whole} (${counts[whole]})`,
        rule: { reason, params: { value: counts[part], limit: counts[whole] } },
      });
    }
  }
  return problems;
}
