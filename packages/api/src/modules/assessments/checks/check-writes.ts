import type { EntityManager } from '@mikro-orm/postgresql';
import { periodMonths, quarterOf, type AssessmentItem, type QualitativeGrade } from '@township/shared';
import { recomputeScores } from '../scores/recompute.service.js';
import { reportedIndicators } from '../scores/score-inputs.js';
import { query, sql } from '../../../db/sql.js';

export interface CheckValueRow {
  villageId: number;
  itemCode: string;
  grade: QualitativeGrade | null;
  reportedValue: number | null;
  verifiedValue: number | null;
  reason: string;
}

/**
 * Draws a spot check: in every township, the villages the scheme covers ordered by
 * md5(seed:villageId), the first `perTownship` taken. Random but reproducible from the stored
 * seed, stratified by township, and nothing can be left out by hand.
 */
export async function drawSample(
  em: EntityManager,
  roundId: number,
  countyId: number,
  villageIds: readonly number[],
  seed: string,
  perTownship: number,
): Promise<number> {
  const rows = await query(
    em,
    sql<{ village_id: number }>`insert into assessment_check_sample (round_id, village_id, county_id, draw_order)
     select ${roundId}, d.id, ${countyId}, d.n from (
       select v.id, row_number() over (partition by v.parent_id order by md5(${seed} || ':' || v.id), v.id) as n
         from org_unit v where v.id = any(${villageIds}::int[])) d
      where d.n <= ${perTownship}
     returning village_id`,
  );
  return rows.length;
}

/** What the villages reported for the quantitative items over the quarter of a month: the figures a spot check verifies. */
export async function reportedValues(em: EntityManager, countyId: number, villageIds: readonly number[], items: readonly AssessmentItem[], month: string) {
  const { from, to } = periodMonths(quarterOf(month));
  const quantitative = items.filter((i) => i.kind === 'QUANTITATIVE');
  const readings = await reportedIndicators(em, countyId, villageIds, [...new Set(quantitative.map((i) => i.indicator!))], from, to);
  return new Map(villageIds.map((id) => [id, new Map(quantitative.map((i) => [i.code, readings.get(id)?.[i.indicator!]?.value ?? null]))]));
}

/** Writes (or replaces) check values in bulk, then refreshes the discrepancy rates of the round's samples. */
export async function writeCheckValues(
  em: EntityManager,
  roundId: number,
  countyId: number,
  recordedBy: string,
  rows: readonly CheckValueRow[],
): Promise<void> {
  if (rows.length) {
    await query(
      em,
      sql`insert into assessment_check_value (round_id, village_id, county_id, item_code, grade, reported_value, verified_value, reason, recorded_by, recorded_at)
       select ${roundId}, u.village_id, ${countyId}, u.item_code, u.grade, u.reported, u.verified, u.reason, ${recordedBy}, now()
         from unnest(${rows.map((r) => r.villageId)}::int[], ${rows.map((r) => r.itemCode)}::text[], ${rows.map((r) => r.grade)}::qualitative_grade[],
                     ${rows.map((r) => r.reportedValue)}::float8[], ${rows.map((r) => r.verifiedValue)}::float8[], ${rows.map((r) => r.reason)}::text[]) as u(village_id, item_code, grade, reported, verified, reason)
       on conflict (round_id, village_id, item_code) do update set grade = excluded.grade, reported_value = excluded.reported_value,
         verified_value = excluded.verified_value, reason = excluded.reason, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
    );
  }
  // Discrepancy of one item: |reported − verified| / |verified| in %; a value reported where none was found counts 100%.
  await query(
    em,
    sql`update assessment_check_sample s set discrepancy_rate = d.rate, items_checked = d.n
       from (select village_id, count(*) as n,
                    round(avg(case when verified_value = coalesce(reported_value, 0) then 0
                                   when verified_value = 0 then 100
                                   else least(100, abs(coalesce(reported_value, 0) - verified_value) / abs(verified_value) * 100) end)::numeric, 2) as rate
               from assessment_check_value where round_id = ${roundId} and verified_value is not null group by village_id) d
      where s.round_id = ${roundId} and s.village_id = d.village_id`,
  );
}

/** After a check, veto or bonus changes, the quarter and the year it belongs to are recomputed in the same transaction. */
export async function recomputeAround(em: EntityManager, schemeId: number, month: string): Promise<void> {
  await recomputeScores(em, schemeId, quarterOf(month));
  await recomputeScores(em, schemeId, month.slice(0, 4));
}
