import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssessmentGrade, RewardRecipient, RewardStatus } from '@township/shared';
import type { PageRequest } from '../../../graphql/connection.js';
import type { Scope } from '../../../graphql/scope.js';
import { sqlPage } from '../paging.js';
import { sql } from '../sql.js';

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
export interface RewardTotal { status: RewardStatus; count: number; rewards: number; penalties: number }

const STATUS_SQL = `case when w.paid_on is not null then 'PAID' when current_date > w.due_on then 'OVERDUE' else 'DUE' end`;

function rewardWhere(scope: Scope, year: number, status?: RewardStatus | null, townshipId?: number | null): [string, unknown[]] {
  const [scopeSql, scopeParams] = scope.sql('v');
  const where = [scopeSql, 'w.year = ?'];
  const params: unknown[] = [...scopeParams, year];
  if (status) { where.push(`${STATUS_SQL} = ?`); params.push(status); }
  if (townshipId != null) { where.push('v.parent_id = ?'); params.push(Number(townshipId)); }
  return [`from assessment_reward w join org_unit v on v.id = w.village_id left join cadre c on c.id = w.cadre_id where ${where.join(' and ')}`, params];
}

/** A year's rewards and penalties in scope: overdue first, then due, then paid. */
export async function listRewards(em: EntityManager, scope: Scope, args: PageRequest & { year: number; status?: RewardStatus | null; townshipId?: number | null }, withTotal: boolean) {
  const [from, params] = rewardWhere(scope, args.year, args.status, args.townshipId);
  const { rows, totalCount } = await sqlPage<Record<string, unknown>>(em,
    `w.*, to_char(w.due_on, 'YYYY-MM-DD') as due, to_char(w.paid_on, 'YYYY-MM-DD') as paid, c.name as cadre_name, ${STATUS_SQL} as status`,
    from, `case ${STATUS_SQL} when 'OVERDUE' then 0 when 'DUE' then 1 else 2 end, v.code, w.recipient desc`, params, args, withTotal);
  return {
    rows: rows.map((r): RewardRow => ({
      id: Number(r.id), villageId: Number(r.village_id), year: Number(r.year), grade: r.grade as AssessmentGrade, recipient: r.recipient as RewardRecipient,
      cadreName: (r.cadre_name as string | null) ?? null, amount: Number(r.amount), dueOn: String(r.due), paidOn: (r.paid as string | null) ?? null, status: r.status as RewardStatus,
    })),
    totalCount,
  };
}

/** What has been paid, what is due and what is overdue for a year's results in scope (optionally one township's villages). */
export async function rewardTotals(em: EntityManager, scope: Scope, year: number, townshipId?: number | null): Promise<RewardTotal[]> {
  const [from, params] = rewardWhere(scope, year, null, townshipId);
  const rows = await sql<{ status: RewardStatus; n: string; rewards: string | null; penalties: string | null }>(em,
    `select ${STATUS_SQL} as status, count(*) as n, sum(w.amount) filter (where w.amount > 0) as rewards, -sum(w.amount) filter (where w.amount < 0) as penalties
     ${from} group by 1`, params);
  return (['PAID', 'DUE', 'OVERDUE'] as const).map((s) => {
    const row = rows.find((r) => r.status === s);
    return { status: s, count: Number(row?.n ?? 0), rewards: Number(row?.rewards ?? 0), penalties: Number(row?.penalties ?? 0) };
  });
}
