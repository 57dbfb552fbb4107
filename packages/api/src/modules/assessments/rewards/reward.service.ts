import type { EntityManager } from '@mikro-orm/postgresql';
import { rewardDueDate, type SchemeDefinition } from '@township/shared';
import { pgArray, sql } from '../sql.js';

/**
 * Settles the rewards and penalties (兑现奖惩) of a year's annual results: one row for the village
 * and one for its stationed cadre today (同奖同罚), as the scheme's table says for the grade, due
 * by the end of February of the next year. Rows already paid are never changed; unpaid ones follow
 * the latest result.
 */
export async function recomputeRewards(em: EntityManager, countyId: number, year: number, villageIds: readonly number[], rewards: SchemeDefinition['rewards']): Promise<void> {
  const grades = Object.keys(rewards);
  const table = `(values ${grades.map(() => '(?::assessment_grade, ?::int, ?::int)').join(', ')}) as t(grade, village_amount, cadre_amount)`;
  const tableParams = grades.flatMap((g) => [g, rewards[g as keyof typeof rewards].village, rewards[g as keyof typeof rewards].cadre]);
  const wanted = `
    with cadre as (
      select distinct on (a.org_unit_id) a.org_unit_id as village_id, a.cadre_id from cadre_assignment a
       where a.org_unit_id = any(?::int[]) and a.role = 'STATIONED_CADRE' and a.start_date <= current_date and (a.end_date is null or a.end_date >= current_date)
       order by a.org_unit_id, a.start_date desc, a.id desc),
    wanted as (
      select r.village_id, r.grade, 'VILLAGE'::reward_recipient as recipient, null::int as cadre_id, t.village_amount as amount
        from assessment_result r join ${table} on t.grade = r.grade where r.village_id = any(?::int[]) and r.period = ?
      union all
      select r.village_id, r.grade, 'CADRE'::reward_recipient, c.cadre_id, t.cadre_amount
        from assessment_result r join ${table} on t.grade = r.grade join cadre c on c.village_id = r.village_id
       where r.village_id = any(?::int[]) and r.period = ?)`;
  const ids = pgArray(villageIds);
  const params = [ids, ...tableParams, ids, String(year), ...tableParams, ids, String(year)];
  await sql(em,
    `${wanted}
     delete from assessment_reward d where d.village_id = any(?::int[]) and d.year = ? and d.paid_on is null
        and not exists (select 1 from wanted w where w.village_id = d.village_id and w.recipient = d.recipient and w.amount <> 0)`,
    [...params, ids, year]);
  await sql(em,
    `${wanted}
     insert into assessment_reward (village_id, county_id, year, grade, recipient, cadre_id, amount, due_on)
     select village_id, ?, ?, grade, recipient, cadre_id, amount, ?::date from wanted where amount <> 0
     on conflict (village_id, year, recipient) do update set grade = excluded.grade, cadre_id = excluded.cadre_id, amount = excluded.amount, due_on = excluded.due_on
      where assessment_reward.paid_on is null`,
    [...params, countyId, year, rewardDueDate(year)]);
}
