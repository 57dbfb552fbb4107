import { describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs } from '../../test/graphql.js';

const county = withSmallCounty();
const leader = callerAs('leader', () => county.db.orm);

const SUMMARY = `query($id: ID!, $from: Month!, $to: Month!) {
  indicators(orgUnitId: $id, period: { from: $from, to: $to }) {
    from to villagesReporting
    totals { births birthsMale birthsFemale population healthChecksDue healthChecksDone feeDue feeCollected }
    values { key value numerator denominator reliable unit }
  }
}`;
const valueOf = (summary: { values: { key: string }[] }, key: string) => summary.values.find((v) => v.key === key) as Record<string, unknown>;

describe('indicator roll-ups (figures computed by hand from the fixture table)', () => {
  it('rolls the county up over two months', async () => {
    const { indicators } = await leader.data(SUMMARY, { id: county.ids.countyId, from: '2026-09', to: '2026-10' });
    expect(indicators.villagesReporting).toBe(3);
    // births 10+4+6+2; boys 6+2+3+2; girls 4+2+3+0; population is the stock of the last month 1004+2000+500.
    expect(indicators.totals).toMatchObject({
      births: 22,
      birthsMale: 13,
      birthsFemale: 9,
      population: 3504,
      healthChecksDue: 70,
      healthChecksDone: 52,
      feeDue: 4000,
      feeCollected: 3500,
    });
    // 13 / 9 × 100 = 144.44…, from only 9 girls: flagged unreliable.
    expect(valueOf(indicators, 'SEX_RATIO_AT_BIRTH')).toMatchObject({ value: 144.44, numerator: 13, denominator: 9, reliable: false, unit: 'ratio' });
    // 21 / 22 × 100 = 95.4545…
    expect(valueOf(indicators, 'PLANNED_BIRTH_RATE')).toMatchObject({ value: 95.45, numerator: 21, denominator: 22, reliable: true });
    // 52 / 70 × 100 = 74.2857…
    expect(valueOf(indicators, 'HEALTH_CHECK_RATE')).toMatchObject({ value: 74.29, reliable: true });
    expect(valueOf(indicators, 'FEE_COLLECTION_RATE')).toMatchObject({ value: 87.5 });
    // 22 births × 12,000 / 4,504 person-months (1000 + 1004 + 2000 + 500) = 58.614…‰ a year.
    expect(valueOf(indicators, 'BIRTH_RATE')).toMatchObject({ value: 58.61, numerator: 22, denominator: 4504, unit: '‰' });
    // (22 − 4 deaths) × 12,000 / 4,504 = 47.957…‰
    expect(valueOf(indicators, 'NATURAL_GROWTH_RATE')).toMatchObject({ value: 47.96 });
  });

  it('breaks a county down by township, in code order', async () => {
    const { indicatorBreakdown } = await leader.data(
      `query($id: ID!) { indicatorBreakdown(parentId: $id, period: { from: "2026-09", to: "2026-10" }) { orgUnit { name } totals { births } value(key: SEX_RATIO_AT_BIRTH) { value } } }`,
      { id: county.ids.countyId },
    );
    expect(indicatorBreakdown).toEqual([
      { orgUnit: { name: '东镇' }, totals: { births: 20 }, value: { value: 122.22 } },
      { orgUnit: { name: '西乡' }, totals: { births: 2 }, value: { value: null } },
    ]);
  });

  it('gives a month-by-month series with empty months present', async () => {
    const { indicatorSeries } = await leader.data(
      `query($id: ID!) { indicatorSeries(orgUnitId: $id, period: { from: "2026-08", to: "2026-10" }) { from to villagesReporting value(key: SEX_RATIO_AT_BIRTH) { value } } }`,
      { id: county.ids.east1Id },
    );
    expect(indicatorSeries).toEqual([
      { from: '2026-08', to: '2026-08', villagesReporting: 0, value: { value: null } },
      { from: '2026-09', to: '2026-09', villagesReporting: 1, value: { value: 150 } },
      { from: '2026-10', to: '2026-10', villagesReporting: 1, value: { value: 100 } },
    ]);
  });

  it('defaults a village to the 12 months ending with the latest report', async () => {
    const { village, latestMonth } = await leader.data(`query($id: ID!) { latestMonth village(id: $id) { indicators { from to totals { births } } } }`, {
      id: county.ids.east1Id,
    });
    expect(latestMonth).toBe('2026-10');
    expect(village.indicators).toEqual({ from: '2025-11', to: '2026-10', totals: { births: 14 } });
  });

  it('refuses a reversed or oversized period, naming the field', async () => {
    const reversed = await leader.run(SUMMARY, { id: county.ids.countyId, from: '2026-10', to: '2026-09' });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
    const malformed = await leader.run(SUMMARY, { id: county.ids.countyId, from: '2026-13', to: '2026-09' });
    expect(malformed.errors?.[0].message).toMatch(/Month must look like/);
  });
});
