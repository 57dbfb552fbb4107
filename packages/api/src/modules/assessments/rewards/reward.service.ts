import type { EntityManager } from '@mikro-orm/postgresql';
import { rewardDueDate, type AssessmentGrade, type SchemeDefinition } from '@township/shared';
import { query, sql } from '../../../db/sql.js';

/**
 * Settles the rewards and penalties (兑现奖惩) of a year's annual results: one row for the village
 * and one for the cadre stationed in it in that year (同奖同罚: the one there at the year's end, else the
 * last one to leave), as the scheme's table says for the grade, due
 * by the end of February of the next year. Rows already paid are never changed; unpaid ones follow
 * the latest result, and disappear when the grade no longer carries an amount.
 */
export async function recomputeRewards(
  em: EntityManager,
  countyId: number,
  year: number,
  villageIds: readonly number[],
  rewards: SchemeDefinition['rewards'],
): Promise<void> {
  const results = await query(
    em,
    sql<{ village_id: number; grade: AssessmentGrade; cadre_id: number | null }>`select r.village_id, r.grade, c.cadre_id from assessment_result r
       left join lateral (select a.cadre_id from cadre_assignment a
                           where a.org_unit_id = r.village_id and a.role = 'STATIONED_CADRE'
                             and a.start_date <= make_date(${year}, 12, 31) and (a.end_date is null or a.end_date >= make_date(${year}, 1, 1))
                           order by least(coalesce(a.end_date, 'infinity'::date), make_date(${year}, 12, 31)) desc, a.start_date desc, a.id desc limit 1) c on true
      where r.village_id = any(${villageIds}::int[]) and r.period = ${String(year)}`,
  );
  const rows = results
    .flatMap((r) => [
      { villageId: r.village_id, grade: r.grade, recipient: 'VILLAGE', cadreId: null, amount: rewards[r.grade].village },
      ...(r.cadre_id == null ? [] : [{ villageId: r.village_id, grade: r.grade, recipient: 'CADRE', cadreId: r.cadre_id, amount: rewards[r.grade].cadre }]),
    ])
    .filter((r) => r.amount !== 0);
  const keep = rows.map((r) => `${r.villageId}:${r.recipient}`);
  await query(
    em,
    sql`delete from assessment_reward where village_id = any(${villageIds}::int[]) and year = ${year} and paid_on is null
        and not exists (select 1 from unnest(${keep}::text[]) as k(key) where k.key = village_id || ':' || recipient)`,
  );
  if (!rows.length) return;
  await query(
    em,
    sql`insert into assessment_reward (village_id, county_id, year, grade, recipient, cadre_id, amount, due_on)
     select u.village_id, ${countyId}, ${year}, u.grade, u.recipient, u.cadre_id, u.amount, ${rewardDueDate(year)}::date
       from unnest(${rows.map((r) => r.villageId)}::int[], ${rows.map((r) => r.grade)}::assessment_grade[], ${rows.map((r) => r.recipient)}::reward_recipient[],
                   ${rows.map((r) => r.cadreId)}::int[], ${rows.map((r) => r.amount)}::int[]) as u(village_id, grade, recipient, cadre_id, amount)
     on conflict (village_id, year, recipient) do update set grade = excluded.grade, cadre_id = excluded.cadre_id, amount = excluded.amount, due_on = excluded.due_on
      where assessment_reward.paid_on is null`,
  );
}
