import { describe, expect, it } from 'vitest';
import { validateStatistics, type StatisticCounts } from './statistics.js';
import { computeIndicator, INDICATORS } from './indicators.js';
import { addMonths, monthsBetween } from './period.js';

const good: StatisticCounts = {
  population: 1200,
  households: 380,
  marriedWomen: 260,
  births: 3,
  birthsMale: 2,
  birthsFemale: 1,
  birthsInPolicy: 3,
  deaths: 1,
  contraceptionUsers: 180,
  healthChecksDue: 40,
  healthChecksDone: 37,
  floatingIn: 2,
  floatingOut: 5,
  feeDue: 12000,
  feeCollected: 9000,
  incentivesPaid: 3600,
};

describe('validateStatistics', () => {
  it('accepts a consistent report', () => expect(validateStatistics(good)).toEqual([]));
  it('names each negative or fractional field', () => {
    const problems = validateStatistics({ ...good, deaths: -1, floatingIn: 1.5 });
    expect(problems.map((p) => [p.field, p.rule.reason])).toEqual([
      ['deaths', 'negative'],
      ['floatingIn', 'notWholeNumber'],
    ]);
  });
  it('refuses births that do not add up by sex', () => {
    expect(validateStatistics({ ...good, birthsMale: 3 })).toEqual([
      {
        field: 'births',
        message: 'births (3) must equal birthsMale + birthsFemale (3 + 1)',
        rule: { reason: 'birthsNotSum', params: { births: 3, birthsMale: 3, birthsFemale: 1 } },
      },
    ]);
  });
  it('keeps rates within 0–100%', () => {
    const fields = validateStatistics({ ...good, healthChecksDone: 41, feeCollected: 12001 }).map((p) => p.field);
    expect(fields).toEqual(['healthChecksDone', 'feeCollected']);
  });
});

describe('indicators', () => {
  it('computes a sex ratio as boys per 100 girls', () => {
    expect(computeIndicator(INDICATORS.SEX_RATIO_AT_BIRTH, { ...good, birthsMale: 107, birthsFemale: 100 })).toBe(107);
  });
  it('annualises a birth rate from person-months', () => {
    // 12 months of 1,000 people = 12,000 person-months; 9 births → 9‰ a year.
    expect(computeIndicator(INDICATORS.BIRTH_RATE, { ...good, births: 9, population: 12000 })).toBe(9);
  });
  it('gives null rather than dividing by zero', () => {
    expect(computeIndicator(INDICATORS.FEE_COLLECTION_RATE, { ...good, feeDue: 0 })).toBeNull();
  });
});

describe('periods', () => {
  it('steps across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 13)).toBe('2027-01');
    expect(monthsBetween('2024-12', '2026-11')).toBe(24);
  });
});
