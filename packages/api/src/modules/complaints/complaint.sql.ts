import { COMPLAINT_TIME_ZONE, ComplaintStatus, REACHED_ANSWERS, SATISFIED_ANSWERS, addMonths } from '@township/shared';
import { sql, type Sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';

/** SQL fragments every complaint query shares, so "overdue" or "response rate" means one thing everywhere. */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Open and past a deadline it has not met: acceptance for RECEIVED, the reply for anything not yet replied. */
export function overdueSql(c: string): string {
  const { Received, Accepted, InProgress } = ComplaintStatus;
  return `((${c}.status = '${Received}' and ${c}.accept_due_at < now())
        or (${c}.status in (${list([Received, Accepted, InProgress])}) and ${c}.reply_due_at < now()))`;
}

/** The counts behind the four rates (see ComplaintRateCounts in @township/shared), as FILTER aggregates. */
export function rateCountsSql(c: string): string {
  return `count(*) filter (where ${c}.accepted_at is not null or ${c}.accept_due_at < now())::int as "acceptanceDue",
          count(*) filter (where ${c}.accepted_at <= ${c}.accept_due_at)::int as "acceptedOnTime",
          count(*) filter (where ${c}.replied_at is not null or ${c}.reply_due_at < now())::int as "replyDue",
          count(*) filter (where ${c}.replied_at <= ${c}.reply_due_at)::int as "repliedOnTime",
          count(*) filter (where ${c}.satisfaction in (${list(REACHED_ANSWERS)}))::int as "reached",
          count(*) filter (where ${c}.satisfaction in (${list(REACHED_ANSWERS)}) and ${c}.resolved)::int as "resolved",
          count(*) filter (where ${c}.satisfaction in (${list(SATISFIED_ANSWERS)}))::int as "satisfied"`;
}

/** The calendar month (China time) a complaint was received in, as the first day of it. */
export const receivedMonthSql = (c: string) => `date_trunc('month', ${c}.received_at at time zone '${COMPLAINT_TIME_ZONE}')::date`;

/** The instant a China-time day or month begins, for range conditions the received_at indexes serve. */
export const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);
export const monthStart = (month: string) => dayStart(`${month}-01`);
export const monthEnd = (month: string) => monthStart(addMonths(month, 1));
export const dayEnd = (date: string) => new Date(dayStart(date).getTime() + 86_400_000);

/**
 * Restricts an `org_unit` alias of villages to a unit (by id, without loading it) and to the
 * viewer's scope: the two prefix matches the path index serves.
 */
export function villagesUnder(v: string, scope: Scope, unitId?: number | null): Sql {
  const under = unitId == null ? [] : [sql`${sql.id(v)}.path like (select u.path from org_unit u where u.id = ${unitId}) || '%'`];
  return sql.and([sql.scoped(scope, v), ...under]);
}
