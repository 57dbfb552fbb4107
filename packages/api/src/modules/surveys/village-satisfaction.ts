import type { EntityManager } from '@mikro-orm/postgresql';
import { satisfactionFigure, type SatisfactionFigure } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import { SATISFIED_SQL, VALID_SQL } from './satisfaction.sql.js';

/**
 * One village's figure: satisfied, valid, rate, low, high (fractions 0–1, not percentages, as
 * satisfactionFigure in @township/shared gives them) and rankable, with the campaigns it pools.
 */
export interface VillageSatisfaction extends SatisfactionFigure {
  villageId: number;
  campaignIds: number[];
}

/**
 * Household satisfaction per village from the campaigns of that year (computed in SQL).
 * Villages without answers are absent.
 *
 * The overall question of every campaign assessing `year` (open or closed) is pooled per village;
 * the rate, 95% Wilson interval and rankability follow the shared rule (MIN_RANKABLE_ANSWERS).
 * No scope is applied: the caller (the assessment) has already cut `villageIds` to what its
 * viewer may see.
 */
export async function villageSatisfaction(em: EntityManager, villageIds: readonly number[], year: number): Promise<Map<number, VillageSatisfaction>> {
  if (!villageIds.length) return new Map();
  const rows = await query(
    em,
    sql<{
      village_id: number;
      satisfied: string;
      valid: string;
      campaign_ids: number[];
    }>`select a.village_id, ${sql.raw(SATISFIED_SQL)} as satisfied, ${sql.raw(VALID_SQL)} as valid,
            array_agg(distinct a.campaign_id order by a.campaign_id) as campaign_ids
       from survey_answer a
       join survey_campaign c on c.id = a.campaign_id and c.county_id = a.county_id
       join survey_item i on i.id = a.item_id and i.overall
      where c.year = ${year} and a.village_id = any(${villageIds}::int[])
      group by a.village_id`,
  );
  return new Map(
    rows.map((row) => {
      const figure = satisfactionFigure(Number(row.satisfied), Number(row.valid));
      const villageId = Number(row.village_id);
      return [villageId, { villageId, ...figure, campaignIds: row.campaign_ids.map(Number) }];
    }),
  );
}
