import { Field, InputType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, badInput, currentMonth, monthsBetween } from '@township/shared';
import { queryOne, sql } from '../db/sql.js';
import { MonthScalar } from './scalars.js';
import type { Scope } from './scope.js';

/** Longest period one request may aggregate: ten years of months. */
const MAX_MONTHS = 120;

@InputType({ description: 'An inclusive range of months.' })
export class PeriodInput {
  @Field(() => MonthScalar, { description: 'First month, `YYYY-MM`.' })
  from!: string;

  @Field(() => MonthScalar, { description: 'Last month, `YYYY-MM` (inclusive).' })
  to!: string;
}

export interface Period {
  from: string;
  to: string;
}

export function checkPeriod(period: Period, field = 'period'): Period {
  const months = monthsBetween(period.from, period.to);
  if (months < 1)
    throw badInput(`${field}.to`, `${field}.to (${period.to}) must not be before ${field}.from (${period.from})`, 'endBeforeStart', {
      start: period.from,
      end: period.to,
    });
  if (months > MAX_MONTHS)
    throw badInput(field, `${field} spans ${months} months; at most ${MAX_MONTHS} are allowed`, 'periodTooLong', { months, max: MAX_MONTHS });
  return period;
}

/** The most recent month with statistics inside the scope, or the current month when there are none. */
export async function latestMonth(em: EntityManager, scope: Scope): Promise<string> {
  const row = await queryOne(
    em,
    sql<{ month: string | null }>`
    select to_char(max(s.month), 'YYYY-MM') as month from village_statistic s join org_unit ou on ou.id = s.village_id where ${sql.scoped(scope, 'ou')}`,
  );
  return row?.month ?? currentMonth();
}

/** The given period, checked; or the 12 months ending with the latest reported month. */
export async function resolvePeriod(em: EntityManager, scope: Scope, period?: Period | null): Promise<Period> {
  if (period) return checkPeriod(period);
  const to = await latestMonth(em, scope);
  return { from: addMonths(to, -11), to };
}
