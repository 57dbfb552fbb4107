import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  calendarProblems,
  DomainError,
  ErrorCode,
  forbidden,
  OrgUnitKind,
  workCalendar,
  type CalendarDay,
  type WorkCalendar,
} from '@township/shared';
import type { Viewer } from '../../graphql/viewer.js';
import { audit } from '../audit/index.js';
import { CalendarDayEntity } from './calendar-day.entity.js';

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/** The calendar from a day on: enough for any deadline counted from it (the table holds a few rows a year). */
export async function workCalendarFrom(em: EntityManager, from: Date): Promise<WorkCalendar> {
  const rows = await em.find(CalendarDayEntity, { day: { $gte: from.toISOString().slice(0, 10) } });
  return workCalendar(rows);
}

/** The holidays and make-up working days of a year, in date order. */
export async function calendarYear(em: EntityManager, year: number): Promise<CalendarDay[]> {
  checkYear(year);
  const rows = await em.find(CalendarDayEntity, { day: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { day: 'asc' } });
  return rows.map(({ day, kind, name }) => ({ day, kind, name }));
}

/**
 * Replaces a year's calendar with the State Council's schedule as typed in. Everything is checked
 * first; one bad day refuses the whole year. Complaints already received keep their deadlines.
 */
export async function setCalendarYear(em: EntityManager, viewer: Viewer, year: number, days: CalendarDay[]): Promise<CalendarDay[]> {
  checkYear(year);
  if (viewer.scope.kind !== OrgUnitKind.County) throw forbidden('The calendar is set by a county-wide user', 'countyUsersOnly');
  const [problem] = calendarProblems(year, days);
  if (problem) throw new DomainError(ErrorCode.BadUserInput, problem.message, `days.${problem.index}.${problem.field}`, problem.rule);
  return em.transactional(async (tx) => {
    const before = await calendarYear(tx, year);
    await tx.nativeDelete(CalendarDayEntity, { day: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
    if (days.length)
      await tx.insertMany(
        CalendarDayEntity,
        days.map((d) => ({ day: d.day, kind: d.kind, name: d.name.trim(), updatedAt: new Date() })),
      );
    audit(tx, viewer, { action: 'setCalendarYear', entityType: 'CalendarYear', entityId: year, before: { days: before }, after: { days } });
    await tx.flush();
    return calendarYear(tx, year);
  });
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)
    throw badInput('year', `a year between ${YEAR_MIN} and ${YEAR_MAX}`, 'yearOutOfRange', { min: YEAR_MIN, max: YEAR_MAX });
}
