import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssessmentGrade, RewardRecipient, RewardStatus } from '@township/shared';
import { page, type PageRequest } from '../../../db/page.js';
import { query, sql, type Sql } from '../../../db/sql.js';
import type { Scope } from '../../../graphql/scope.js';

/** A reward or penalty row as the rewards tracker lists it. */
export interface RewardRow {
  id: number;
  villageId: number;
  year: number;
  grade: AssessmentGrade;
  recipient: RewardRecipient;
  cadreName: string | null;
  amount: number;
  dueOn: string;
  paidOn: string | null;
  status: RewardStatus;
}

/** Rewards and penalties of one status: rows, rewards in yuan, penalties in yuan (as a positive sum). */
export interface RewardTotal {
  status: RewardStatus;
  count: number;
  rewards: number;
  penalties: number;
}

const STATUS = sql`case when w.paid_on is not null then 'PAID' when current_date > w.due_on then 'OVERDUE' else 'DUE' end`;

const REWARD_FROM = sql`assessment_reward w join org_unit v on v.id = w.village_id left join cadre c on c.id = w.cadre_id`;

function rewardWhere(scope: Scope, year: number, status?: RewardStatus | null, townshipId?: number | null): Sql {
  const where = [sql.scoped(scope, 'v'), sql`w.year = ${year}`];
  if (status) where.push(sql`${STATUS} = ${status}`);
  if (townshipId != null) where.push(sql`v.parent_id = ${Number(townshipId)}`);
  return sql.and(where);
}

/** A year's rewards and penalties in scope: overdue first, then due, then paid. */
export async function listRewards(
  em: EntityManager,
  scope: Scope,
  args: PageRequest & { year: number; status?: RewardStatus | null; townshipId?: number | null },
) {
  return page<Record<string, unknown>, RewardRow>(
    em,
    args,
    {
      select: sql`w.*, to_char(w.due_on, 'YYYY-MM-DD') as due, to_char(w.paid_on, 'YYYY-MM-DD') as paid, c.name as cadre_name, ${STATUS} as status`,
      from: REWARD_FROM,
      where: rewardWhere(scope, args.year, args.status, args.townshipId),
      orderBy: sql`case ${STATUS} when 'OVERDUE' then 0 when 'DUE' then 1 else 2 end, v.code, w.recipient desc`,
    },
    (rows) =>
      rows.map((r) => ({
        id: Number(r.id),
        villageId: Number(r.village_id),
        year: Number(r.year),
        grade: r.grade as AssessmentGrade,
        recipient: r.recipient as RewardRecipient,
        cadreName: (r.cadre_name as string | null) ?? null,
        amount: Number(r.amount),
        dueOn: String(r.due),
        paidOn: (r.paid as string | null) ?? null,
        status: r.status as RewardStatus,
      })),
  );
}

/** What has been paid, what is due and what is overdue for a year's results in scope (optionally one township's villages). */
export async function rewardTotals(em: EntityManager, scope: Scope, year: number, townshipId?: number | null): Promise<RewardTotal[]> {
  const rows = await query(
    em,
    sql<{ status: RewardStatus; n: string; rewards: string | null; penalties: string | null }>`
    select ${STATUS} as status, count(*) as n, sum(w.amount) filter (where w.amount > 0) as rewards, -sum(w.amount) filter (where w.amount < 0) as penalties
      from ${REWARD_FROM} where ${rewardWhere(scope, year, null, townshipId)} group by 1`,
  );
  return (['PAID', 'DUE', 'OVERDUE'] as const).map((s) => {
    const row = rows.find((r) => r.status === s);
    return { status: s, count: Number(row?.n ?? 0), rewards: Number(row?.rewards ?? 0), penalties: Number(row?.penalties ?? 0) };
  });
}
