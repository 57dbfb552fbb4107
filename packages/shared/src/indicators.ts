import type { StatisticField } from './statistics.js';

/**
 * Derived indicators, each a ratio of two sums over a period (the way health-information systems
 * define indicators: numerator / denominator × factor). The API turns these definitions into SQL;
 * the dashboard uses them for labels and units. Keeping one definition means a figure on screen
 * can always be traced to its inputs and rule.
 */
export const IndicatorKey = {
  SexRatioAtBirth: 'SEX_RATIO_AT_BIRTH',
  PlannedBirthRate: 'PLANNED_BIRTH_RATE',
  BirthRate: 'BIRTH_RATE',
  NaturalGrowthRate: 'NATURAL_GROWTH_RATE',
  ContraceptionRate: 'CONTRACEPTION_RATE',
  HealthCheckRate: 'HEALTH_CHECK_RATE',
  FeeCollectionRate: 'FEE_COLLECTION_RATE',
} as const;
export type IndicatorKey = (typeof IndicatorKey)[keyof typeof IndicatorKey];

export interface IndicatorDefinition {
  key: IndicatorKey;
  /** Column summed for the numerator; for NATURAL_GROWTH_RATE, births minus deaths. */
  numerator: StatisticField | { minus: [StatisticField, StatisticField] };
  denominator: StatisticField;
  /**
   * Multiplier. Rates per thousand are annual: population is a monthly stock, so summing it over
   * the months gives person-months and the factor 12,000 turns that into ‰ per year.
   */
  factor: number;
  /** Below this denominator the figure is flagged as unreliable (too few events to mean much). */
  minDenominator: number;
  unit: '%' | '‰' | 'ratio';
  /** Whether the denominator is a stock summed over months (population, married women). */
  stock: boolean;
  /** The normal band, where one exists; outside it the dashboard highlights the figure. */
  normalRange?: [number, number];
  higherIsBetter?: boolean;
}

export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  // Boys per 100 girls. Below ~100 births a single birth moves it by several points (the
  // sources' "a sex ratio from 9 births means little").
  SEX_RATIO_AT_BIRTH: {
    key: 'SEX_RATIO_AT_BIRTH',
    numerator: 'birthsMale',
    denominator: 'birthsFemale',
    factor: 100,
    minDenominator: 50,
    unit: 'ratio',
    stock: false,
    normalRange: [103, 107],
  },
  PLANNED_BIRTH_RATE: {
    key: 'PLANNED_BIRTH_RATE',
    numerator: 'birthsInPolicy',
    denominator: 'births',
    factor: 100,
    minDenominator: 20,
    unit: '%',
    stock: false,
    higherIsBetter: true,
  },
  BIRTH_RATE: { key: 'BIRTH_RATE', numerator: 'births', denominator: 'population', factor: 12000, minDenominator: 1000, unit: '‰', stock: true },
  NATURAL_GROWTH_RATE: {
    key: 'NATURAL_GROWTH_RATE',
    numerator: { minus: ['births', 'deaths'] },
    denominator: 'population',
    factor: 12000,
    minDenominator: 1000,
    unit: '‰',
    stock: true,
  },
  // A stock over a stock: the average share of married women using long-acting contraception.
  CONTRACEPTION_RATE: {
    key: 'CONTRACEPTION_RATE',
    numerator: 'contraceptionUsers',
    denominator: 'marriedWomen',
    factor: 100,
    minDenominator: 20,
    unit: '%',
    stock: false,
    higherIsBetter: true,
  },
  HEALTH_CHECK_RATE: {
    key: 'HEALTH_CHECK_RATE',
    numerator: 'healthChecksDone',
    denominator: 'healthChecksDue',
    factor: 100,
    minDenominator: 20,
    unit: '%',
    stock: false,
    higherIsBetter: true,
  },
  FEE_COLLECTION_RATE: {
    key: 'FEE_COLLECTION_RATE',
    numerator: 'feeCollected',
    denominator: 'feeDue',
    factor: 100,
    minDenominator: 1,
    unit: '%',
    stock: false,
    higherIsBetter: true,
  },
};

export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

/** The same maths as the SQL, for tests and for client-side what-ifs. */
export function computeIndicator(def: IndicatorDefinition, sums: Record<StatisticField, number>): number | null {
  const numerator = typeof def.numerator === 'string' ? sums[def.numerator] : sums[def.numerator.minus[0]] - sums[def.numerator.minus[1]];
  const denominator = sums[def.denominator];
  if (!denominator) return null;
  return Math.round((numerator * def.factor * 100) / denominator) / 100;
}
