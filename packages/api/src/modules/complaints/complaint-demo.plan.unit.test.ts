import { describe, expect, it } from 'vitest';
import { addMonths, chinaDay, currentMonth, WEEKDAYS_ONLY } from '@township/shared';
import { Random } from '../../demo/prng.js';
import { planComplaintDemo, type DemoVillage, type PlannedComplaint } from './complaint-demo.plan.js';

/** The plan alone, no database: when the demo's complaints were taken in. */
const villages: DemoVillage[] = Array.from({ length: 40 }, (_, i) => ({
  id: i + 1,
  name: `村${i + 1}`,
  townshipId: i < 20 ? 100 : 200,
  townshipName: i < 20 ? '洪凝镇' : '潮河镇',
  population: 20_000 + 500 * i,
}));
const users = { office: 1, leader: 2, village: 3, villageScopeId: 1 };
const plans = new Map<number, PlannedComplaint[]>();
/** Each day's plan is made once: a plan takes a second. */
const plan = (today: Date) => {
  if (!plans.has(today.getTime())) plans.set(today.getTime(), planComplaintDemo(new Random(7), villages, users, today, WEEKDAYS_ONLY));
  return plans.get(today.getTime())!;
};
const chinaHour = (instant: Date) => (instant.getUTCHours() + 8) % 24;
const inMonth = (planned: PlannedComplaint[], month: string) => planned.filter((c) => chinaDay(c.receivedAt).startsWith(month)).length;

describe('the demo complaints’ intake times', () => {
  it.each([
    ['early on the 2nd', new Date('2026-12-02T01:56:00Z')],
    ['at noon on the 16th', new Date('2026-11-16T04:00:00Z')],
    ['before office hours on the 1st', new Date('2026-10-01T00:30:00Z')],
  ])('are all in office hours and none after today (%s)', (_, today) => {
    const planned = plan(today);
    expect(planned.length).toBeGreaterThan(1000);
    // Planted ones too: the sore village's cases, the petition above county level, the repeat complainants.
    expect(planned.some((c) => c.level === 'ABOVE_COUNTY')).toBe(true);
    for (const c of planned) {
      expect(c.receivedAt.getTime(), c.receivedAt.toISOString()).toBeLessThanOrEqual(today.getTime());
      expect(chinaHour(c.receivedAt), c.receivedAt.toISOString()).toBeGreaterThanOrEqual(8);
      expect(chinaHour(c.receivedAt), c.receivedAt.toISOString()).toBeLessThan(18);
    }
  });

  it('gives the running month only the share of its office time passed so far', () => {
    // Early on 2 December: 1 December and two hours of the 2nd, 716 of the month's 18,600 office minutes (3.8%).
    const early = plan(new Date('2026-12-02T01:56:00Z'));
    const december = inMonth(early, '2026-12');
    expect(december).toBeGreaterThan(0);
    expect(december).toBeLessThan(inMonth(early, '2026-11') * 0.1);
    expect(early.filter((c) => chinaDay(c.receivedAt).startsWith('2026-12')).every((c) => chinaDay(c.receivedAt) <= '2026-12-02')).toBe(true);

    // Noon on 16 November: 9,240 of 18,000 office minutes (51%); October was a whole month of the same season.
    const middle = plan(new Date('2026-11-16T04:00:00Z'));
    const ratio = inMonth(middle, '2026-11') / inMonth(middle, '2026-10');
    expect(ratio).toBeGreaterThan(0.35);
    expect(ratio).toBeLessThan(0.75);

    // Before the office first opens in a month, nothing has come in yet.
    const before = new Date('2026-10-01T00:30:00Z');
    expect(inMonth(plan(before), currentMonth(before))).toBe(0);
    expect(inMonth(plan(before), addMonths(currentMonth(before), -1))).toBeGreaterThan(100);
  });
});
