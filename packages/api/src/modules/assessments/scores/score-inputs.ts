import type { EntityManager } from '@mikro-orm/postgresql';
import {
  INDICATORS,
  periodMonths,
  periodYear,
  type AssessmentGrade,
  type CheckKind,
  type IndicatorKey,
  type QualitativeGrade,
  type SchemeDefinition,
  type VetoEvidence,
  type VillageCategory,
  type VillageScoreInput,
} from '@township/shared';
import { denominatorSql, indicatorValueSql, numeratorSql } from '../../statistics/index.js';
import type { EvidenceSources } from '../evidence-sources.js';
import { isVillage } from '../../org-units/index.js';
import { query, queryOne, sql } from '../../../db/sql.js';
import { firstDay, lastDay } from '../months.js';

export interface CoveredVillage {
  id: number;
  townshipId: number;
  category: VillageCategory | null;
}

/**
 * The villages a scheme scores: every village under its unit, except those of a township that has
 * a scheme of its own for the same year (a township scheme overrides the county's).
 */
export async function coveredVillages(em: EntityManager, schemeId: number): Promise<CoveredVillage[]> {
  const rows = await query(
    em,
    sql<{ id: number; township_id: number; category: VillageCategory | null }>`select v.id, v.parent_id as township_id, v.category
       from assessment_scheme s join org_unit u on u.id = s.org_unit_id
       join org_unit v on v.path like u.path || '%' and ${isVillage('v')}
      where s.id = ${schemeId}
        and not exists (select 1 from assessment_scheme o join org_unit ou on ou.id = o.org_unit_id
                         where o.year = s.year and o.id <> s.id and ou.depth > u.depth and v.path like ou.path || '%')
      order by v.id`,
  );
  return rows.map((r) => ({ id: r.id, townshipId: r.township_id, category: r.category }));
}

/** The scheme that scores a village in a year: its township's when it has one, else its county's. */
export async function schemeCovering(em: EntityManager, villageId: number, year: number): Promise<number | null> {
  const row = await queryOne(
    em,
    sql<{ id: number }>`select s.id from assessment_scheme s join org_unit u on u.id = s.org_unit_id join org_unit v on v.path like u.path || '%'
      where v.id = ${villageId} and s.year = ${year} order by u.depth desc limit 1`,
  );
  return row?.id ?? null;
}

/** Indicator numerators, denominators and values of each village over months, one statement for all keys. */
export async function reportedIndicators(
  em: EntityManager,
  countyId: number,
  villageIds: readonly number[],
  keys: readonly IndicatorKey[],
  from: string,
  to: string,
) {
  const result = new Map<number, VillageScoreInput['reported']>();
  if (!keys.length || !villageIds.length) return result;
  // Indicator formulas are SQL text built by code from the indicator table, never from input.
  const columns = keys.map(
    (k) =>
      sql`${sql.raw(numeratorSql(INDICATORS[k]))} as ${sql.id(`n_${k}`)}, ${sql.raw(denominatorSql(INDICATORS[k]))} as ${sql.id(`d_${k}`)}, ${sql.raw(indicatorValueSql(k))} as ${sql.id(`v_${k}`)}`,
  );
  const rows = await query(
    em,
    sql`select s.village_id, ${sql.join(columns)} from village_statistic s
      where s.county_id = ${countyId} and s.month between ${firstDay(from)}::date and ${firstDay(to)}::date and s.village_id = any(${villageIds}::int[])
      group by s.village_id`,
  );
  for (const row of rows) {
    result.set(
      Number(row.village_id),
      Object.fromEntries(
        keys.map((k) => [
          k,
          {
            numerator: Number(row[`n_${k}`] ?? 0),
            denominator: Number(row[`d_${k}`] ?? 0),
            value: row[`v_${k}`] == null ? null : Number(row[`v_${k}`]),
          },
        ]),
      ),
    );
  }
  return result;
}

interface CheckRow {
  kind: CheckKind;
  name: string;
  village_id: number;
  item_code: string;
  grade: QualitativeGrade | null;
  reported_value: number | null;
  verified_value: number | null;
  reason: string;
}

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/**
 * Everything each village's score needs for one period, read in a fixed handful of statements
 * whatever the number of villages: reported indicators, grades and verified values of the
 * scheme's check rounds, discrepancy rates, bonus and deduction entries, veto evidence (minus
 * what upheld appeals set aside), grade decisions on appeal, and public evaluation.
 */
export async function gatherInputs(
  em: EntityManager,
  scheme: { id: number; countyId: number; definition: SchemeDefinition },
  period: string,
  villages: readonly CoveredVillage[],
  sources: EvidenceSources,
): Promise<VillageScoreInput[]> {
  const def = scheme.definition;
  const { from, to } = periodMonths(period);
  const ids = villages.map((v) => v.id);
  const keys = [...new Set(def.items.filter((i) => i.kind === 'QUANTITATIVE').map((i) => i.indicator!))];
  const inWindow = (table: string) =>
    sql`${sql.id(table)}.scheme_id = ${scheme.id} and ${sql.id(table)}.month between ${firstDay(from)}::date and ${firstDay(to)}::date`;

  // One after another: inside a transaction they share one connection anyway.
  const reported = await reportedIndicators(em, scheme.countyId, ids, keys, from, to);
  const checks = await query(
    em,
    sql<CheckRow>`select r.kind, r.name, v.village_id, v.item_code, v.grade, v.reported_value, v.verified_value, v.reason
       from assessment_check_round r join assessment_check_value v on v.round_id = r.id
      where ${inWindow('r')}
      order by r.month, r.id`,
  );
  const discrepancies = await query(
    em,
    sql<{ village_id: number; discrepancy_rate: number }>`select distinct on (s.village_id) s.village_id, s.discrepancy_rate
       from assessment_check_sample s join assessment_check_round r on r.id = s.round_id
      where ${inWindow('r')} and s.discrepancy_rate is not null
      order by s.village_id, r.month desc, r.id desc`,
  );
  const adjustments = await query(
    em,
    sql<{ village_id: number; item_code: string; points: number; reason: string }>`select village_id, item_code, points, reason from assessment_adjustment
      where ${inWindow('assessment_adjustment')} order by month, id`,
  );
  const appeals = await query(
    em,
    sql<{ village_id: number; period: string; kind: string; evidence: string[]; new_grade: AssessmentGrade | null; decision: string }>`
      select village_id, period, kind, evidence, new_grade, decision from assessment_appeal
      where village_id = any(${ids}::int[]) and status = 'UPHELD' order by decided_at, id`,
  );
  const satisfaction = sources.publicEvaluation ? await sources.publicEvaluation(em, ids, periodYear(period)) : null;
  const vetoMaps: Map<number, VetoEvidence[]>[] = [];
  for (const source of sources.veto) vetoMaps.push(await source(em, ids, firstDay(from), lastDay(to)));

  const setAside = new Set(appeals.filter((a) => a.kind === 'VETO').flatMap((a) => a.evidence));
  const gradeDecisions = new Map(appeals.filter((a) => a.kind === 'GRADE' && a.period === period && a.new_grade).map((a) => [a.village_id, a]));
  const checksByVillage = groupBy(checks, (c) => c.village_id);
  const adjustmentsByVillage = groupBy(adjustments, (a) => a.village_id);
  const discrepancyByVillage = new Map(discrepancies.map((d) => [d.village_id, Number(d.discrepancy_rate)]));

  return villages.map((village): VillageScoreInput => {
    const input: VillageScoreInput = {
      villageId: village.id,
      category: village.category,
      reported: reported.get(village.id) ?? {},
      verified: {},
      routineGrades: {},
      spotGrades: {},
      discrepancyRate: discrepancyByVillage.get(village.id) ?? null,
      satisfaction: satisfaction?.get(village.id) ?? null,
      adjustments: {},
      vetoes: [],
      gradeOverride: null,
    };
    for (const c of checksByVillage.get(village.id) ?? []) {
      if (c.grade) {
        const reading = { grade: c.grade, reason: c.reason, round: c.name };
        if (c.kind === 'SPOT') input.spotGrades[c.item_code] = reading;
        else (input.routineGrades[c.item_code] ??= []).push(reading);
      }
      if (c.verified_value != null) input.verified[c.item_code] = { value: Number(c.verified_value), reported: c.reported_value, round: c.name };
    }
    for (const a of adjustmentsByVillage.get(village.id) ?? []) (input.adjustments[a.item_code] ??= []).push({ points: Number(a.points), reason: a.reason });
    const evidence: VetoEvidence[] = vetoMaps.flatMap((m) => m.get(village.id) ?? []);
    input.vetoes = evidence.filter((e) => !setAside.has(e.source));
    const decision = gradeDecisions.get(village.id);
    if (decision) input.gradeOverride = { grade: decision.new_grade!, reason: decision.decision };
    return input;
  });
}
