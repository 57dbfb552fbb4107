import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMITS, deadlinesFor, workCalendar } from '@township/shared';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, errorOf } from '../../test/graphql.js';

const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);
const village = callerAs('village', () => county.db.orm);

const DAYS = `query($year: Int!) { calendarDays(year: $year) { day kind name } }`;
const SET = `mutation($year: Int!, $days: [CalendarDayInput!]!) { setCalendarYear(year: $year, days: $days) { day kind name } }`;
const REGISTER = `mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { acceptDueAt replyDueAt } }`;
const rows = (sql: string) => county.db.orm.em.execute<Record<string, unknown>[]>(sql);

describe('the working-day calendar (节假日安排)', () => {
  it("ships the State Council's 2026 schedule", async () => {
    const { calendarDays } = await office.data(DAYS, { year: 2026 });
    expect(calendarDays).toHaveLength(39); // 33 days off in seven holidays, 6 weekend days worked
    expect(calendarDays.filter((d: { name: string; kind: string }) => d.name === '春节')).toEqual([
      { day: '2026-02-14', kind: 'WORKDAY', name: '春节' },
      ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({ day: `2026-02-${d}`, kind: 'HOLIDAY', name: '春节' })),
      { day: '2026-02-28', kind: 'WORKDAY', name: '春节' },
    ]);
  });

  it('counts the deadlines of a complaint registered now through the holidays in the calendar', async () => {
    // The next ten days (China's time) become holidays, so both deadlines move past them.
    const now = new Date();
    const nextDays = Array.from({ length: 10 }, (_, i) => new Date(now.getTime() + 8 * 3_600_000 + (i + 1) * 86_400_000).toISOString().slice(0, 10));
    const holidays = nextDays.map((day) => ({ day, kind: 'HOLIDAY' as const, name: '测试假期' }));
    for (const year of new Set(nextDays.map((d) => d.slice(0, 4)))) {
      await office.data(SET, { year: Number(year), days: holidays.filter((d) => d.day.startsWith(year)) });
    }
    const { registerComplaint } = await office.data(REGISTER, {
      input: {
        villageId: county.ids.east1Id,
        channel: 'VISIT',
        category: 'REWARD_ASSISTANCE',
        urgency: 'GENERAL',
        description: '询问奖励扶助金发放',
      },
    });
    const expected = deadlinesFor(now, DEFAULT_TIME_LIMITS.GENERAL, workCalendar(holidays));
    expect(registerComplaint).toEqual({ acceptDueAt: expected.acceptDueAt.toISOString(), replyDueAt: expected.replyDueAt.toISOString() });
    expect(expected.acceptDueAt.getTime() - now.getTime()).toBeGreaterThan(10 * 86_400_000);
  });

  it('replaces a year as typed in, refuses a bad day by its index with nothing written, and audits the change', async () => {
    const spring2030 = [
      { day: '2030-02-06', kind: 'HOLIDAY', name: '春节' },
      { day: '2030-02-08', kind: 'HOLIDAY', name: '春节' },
    ];
    const bad = await office.run(SET, { year: 2030, days: [...spring2030, { day: '2030-02-11', kind: 'WORKDAY', name: '春节' }] });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.2.kind' });
    expect((await office.data(DAYS, { year: 2030 })).calendarDays).toEqual([]);

    expect((await office.data(SET, { year: 2030, days: spring2030 })).setCalendarYear).toEqual(spring2030);
    expect((await office.data(SET, { year: 2030, days: spring2030.slice(1) })).setCalendarYear).toEqual(spring2030.slice(1));
    const [record] = await rows(`select action, before, after from audit_record where action = 'setCalendarYear' order by id desc limit 1`);
    expect(record).toMatchObject({ before: { days: spring2030 }, after: { days: spring2030.slice(1) } });
  });

  it('is set only by county-wide users', async () => {
    expect(errorOf(await village.run(SET, { year: 2030, days: [] }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
