import type { EntityManager } from '@mikro-orm/postgresql';
import { laggingSpells, type AssessmentGrade, type SchemeDefinition } from '@township/shared';
import { query, sql } from '../../../db/sql.js';

/**
 * Replays the quarterly results of the given villages through the scheme's lagging rules and
 * replaces their spells (entries and exits): the list is always what the results say, so a
 * recompute after a correction moves villages on or off it.
 */
export async function recomputeLagging(em: EntityManager, countyId: number, villageIds: readonly number[], rules: SchemeDefinition['lagging']): Promise<void> {
  const rows = await query(
    em,
    sql<{ village_id: number; period: string; vetoed: boolean; grade: AssessmentGrade; rank_township: number; township_size: number }>`
      select village_id, period, vetoed, grade, rank_township, township_size from assessment_result
      where village_id = any(${villageIds}::int[]) and period like '%-Q_' order by village_id, period`,
  );
  const spells: { villageId: number; entered: string; reasons: string; exited: string | null }[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end < rows.length && rows[end].village_id === rows[start].village_id) end++;
    const history = rows
      .slice(start, end)
      .map((r) => ({ period: r.period, vetoed: r.vetoed, grade: r.grade, townshipRank: r.rank_township, townshipSize: r.township_size }));
    for (const spell of laggingSpells(history, rules)) {
      spells.push({ villageId: rows[start].village_id, entered: spell.enteredPeriod, reasons: JSON.stringify(spell.reasons), exited: spell.exitedPeriod });
    }
    start = end;
  }
  await query(em, sql`delete from assessment_lagging where village_id = any(${villageIds}::int[])`);
  if (!spells.length) return;
  await query(
    em,
    sql`insert into assessment_lagging (village_id, county_id, entered_period, reasons, exited_period)
     select u.village_id, ${countyId}, u.entered, u.reasons::jsonb, u.exited
       from unnest(${spells.map((s) => s.villageId)}::int[], ${spells.map((s) => s.entered)}::text[], ${spells.map((s) => s.reasons)}::text[],
                   ${spells.map((s) => s.exited)}::text[]) as u(village_id, entered, reasons, exited)`,
  );
}
