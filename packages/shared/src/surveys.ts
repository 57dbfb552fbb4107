import { Role } from './enums.js';

/**
 * Household satisfaction surveys (群众满意率): answer scales, the satisfaction rate with its
 * Wilson interval, the rule for when a village has enough answers to be ranked, and the
 * reproducible sample draw. The API (results, the assessment's public-evaluation indicator) and
 * the dashboard both use these, so a figure means the same everywhere.
 */

/** Roles that run surveys and evaluations and may see their raw material (samples, responses). */
export const SURVEY_RUNNER_ROLES: readonly Role[] = [Role.Leader, Role.Office, Role.Admin];

export const SurveyScale = { FourLevel: 'FOUR_LEVEL', FiveLevel: 'FIVE_LEVEL' } as const;
export type SurveyScale = (typeof SurveyScale)[keyof typeof SurveyScale];

export const SatisfactionAnswer = {
  VerySatisfied: 'VERY_SATISFIED',
  Satisfied: 'SATISFIED',
  BasicallySatisfied: 'BASICALLY_SATISFIED',
  Dissatisfied: 'DISSATISFIED',
  VeryDissatisfied: 'VERY_DISSATISFIED',
  Unknown: 'UNKNOWN',
} as const;
export type SatisfactionAnswer = (typeof SatisfactionAnswer)[keyof typeof SatisfactionAnswer];

/** The answers each scale offers, best first; 不了解 (don't know) is on both. */
export const SCALE_ANSWERS: Record<SurveyScale, readonly SatisfactionAnswer[]> = {
  FOUR_LEVEL: ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNKNOWN'],
  FIVE_LEVEL: ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED', 'UNKNOWN'],
};

/** Answers counted as satisfied: 满意 + 基本满意 (and 很满意 on the five-level scale). */
export const POSITIVE_ANSWERS: readonly SatisfactionAnswer[] = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'];
/** 不了解 is not an opinion on the work, so it is left out of the denominator. */
export const INVALID_ANSWERS: readonly SatisfactionAnswer[] = ['UNKNOWN'];

export const SurveyChannel = { DoorToDoor: 'DOOR_TO_DOOR', Phone: 'PHONE', PaperForm: 'PAPER_FORM' } as const;
export type SurveyChannel = (typeof SurveyChannel)[keyof typeof SurveyChannel];

export const SurveyStatus = { Open: 'OPEN', Closed: 'CLOSED' } as const;
export type SurveyStatus = (typeof SurveyStatus)[keyof typeof SurveyStatus];

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * Fewest valid answers for a village (or any unit) to be ranked. The sources' survey put 1,000
 * households into 24 villages, about 42 each; 30 keeps such a design rankable while refusing
 * villages where a single answer moves the rate by more than 3.3 points. At 30 answers and the
 * rates seen in practice (90–97%) the Wilson 95% interval is still about 12–20 points wide, so
 * two villages a few points apart are not told apart by rank alone: the dashboard shows the
 * interval next to every rank.
 */
export const MIN_RANKABLE_ANSWERS = 30;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion (successes of n), as fractions. Unlike the normal
 * approximation it stays inside 0–1 and behaves at rates near 100% and small n, which is exactly
 * where village satisfaction figures live. Null when n is 0.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (!(n > 0)) return null;
  if (successes < 0 || successes > n) throw new RangeError(`successes (${successes}) must be between 0 and n (${n})`);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}

export interface SatisfactionFigure {
  /** Answers counted satisfied (满意 + 基本满意 …). */
  satisfied: number;
  /** Valid answers: all but 不了解. */
  valid: number;
  /** satisfied / valid as a fraction, null without valid answers. */
  rate: number | null;
  low: number | null;
  high: number | null;
  /** Whether there are enough answers (MIN_RANKABLE_ANSWERS) to rank the unit. */
  rankable: boolean;
}

/** The rate, its 95% Wilson interval and rankability from two counts. */
export function satisfactionFigure(satisfied: number, valid: number): SatisfactionFigure {
  const interval = wilsonInterval(satisfied, valid);
  return {
    satisfied,
    valid,
    rate: valid > 0 ? satisfied / valid : null,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
    rankable: valid >= MIN_RANKABLE_ANSWERS,
  };
}

/** The rule in words, returned with every figure so it can be explained. */
export const SATISFACTION_RULE =
  `rate = (very satisfied + satisfied + basically satisfied) / valid answers, 不了解 (don't know) not valid; ` +
  `95% Wilson interval; ranked only with at least ${MIN_RANKABLE_ANSWERS} valid answers`;

/** A fraction as a percentage rounded to the tenth (0.962 → 96.2). */
export function percent(fraction: number | null): number | null {
  return fraction == null ? null : Math.round(fraction * 1000) / 10;
}

/**
 * Draws `n` of the households numbered 1..population, without replacement, from a seed and a
 * key (the village code), so the same campaign seed always samples the same households and
 * villages do not share a stream. Returned in draw order: a household's position is its sample
 * ordinal (the number printed on its form), which says nothing about its register number.
 */
export function drawSample(seed: number, key: string, population: number, n: number): number[] {
  if (!Number.isInteger(population) || population < 0) throw new RangeError(`population must be a whole number, got ${population}`);
  if (!Number.isInteger(n) || n < 0 || n > population) throw new RangeError(`cannot draw ${n} of ${population} households`);
  const next = mulberry32(fnv1a(`${seed >>> 0}:${key}`));
  // Partial Fisher–Yates over a sparse map: O(n) whatever the village size.
  const swapped = new Map<number, number>();
  const drawn: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (population - i));
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    drawn.push(atJ + 1);
  }
  return drawn;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A household's reference on forms and in responses: village code and sample ordinal. */
export function sampleReference(villageCode: string, ordinal: number): string {
  return `${villageCode}-${String(ordinal).padStart(3, '0')}`;
}
