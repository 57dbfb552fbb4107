import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  chinaDay,
  isAssessmentPeriod,
  notFound,
  periodMonths,
  periodYear,
  periodsOfYear,
  quarterOf,
  scoreVillage,
  type SchemeDefinition,
} from '@township/shared';
import type { PetitionListener } from '../../complaints/index.js';
import { evidenceSources, type EvidenceSources } from '../evidence-sources.js';
import { recomputeLagging } from '../lagging/lagging.service.js';
import { recomputeRewards } from '../rewards/reward.service.js';
import { query, queryOne, sql } from '../../../db/sql.js';
import { coveredVillages, gatherInputs, schemeCovering, type CoveredVillage } from './score-inputs.js';

export interface RecomputeSummary {
  schemeId: number;
  schemeVersion: number;
  period: string;
  villages: number;
  vetoed: number;
  milliseconds: number;
}

interface SchemeRow {
  id: number;
  county_id: number;
  year: number;
  version: number;
  definition: SchemeDefinition;
}

// Results carry a few kB of JSON each; chunks keep one statement's parameters moderate at scale 10.
const CHUNK = 2_000;

async function schemeForPeriod(em: EntityManager, schemeId: number, period: string): Promise<SchemeRow> {
  if (!isAssessmentPeriod(period)) throw badInput('period', `period must look like 2026-Q3 or 2026, got "${period}"`, 'invalidPeriod');
  const scheme = await queryOne(em, sql<SchemeRow>`select id, county_id, year, version, definition from assessment_scheme where id = ${schemeId}`);
  if (!scheme) throw notFound('Assessment scheme', schemeId);
  if (periodYear(period) !== scheme.year)
    throw badInput('period', `period ${period} is not in the scheme's year ${scheme.year}`, 'periodNotInSchemeYear', { period, year: scheme.year });
  return scheme;
}

/**
 * Recomputes every village a scheme covers for one period, in bulk: inputs in a handful of
 * statements, scores in memory with the pure rules of @township/shared, then one upsert per chunk
 * and one ranking statement (window functions over the county). Idempotent: the same inputs give
 * the same rows. A quarter also replays the lagging list; a year also settles rewards.
 */
export async function recomputeScores(
  em: EntityManager,
  schemeId: number,
  period: string,
  sources: EvidenceSources = evidenceSources,
): Promise<RecomputeSummary> {
  const started = performance.now();
  const scheme = await schemeForPeriod(em, schemeId, period);
  const villages = await coveredVillages(em, scheme.id);
  const vetoed = await scoreAndStore(em, scheme, period, villages, sources);
  await query(em, sql`update assessment_result set computed_at = now() where scheme_id = ${scheme.id} and period = ${period}`);
  await query(
    em,
    sql`delete from assessment_result r where r.scheme_id = ${scheme.id} and r.period = ${period}
        and not exists (select 1 from unnest(${villages.map((v) => v.id)}::int[]) as k(id) where k.id = r.village_id)`,
  );
  await rankCounty(em, scheme.county_id, period);
  const villageIds = villages.map((v) => v.id);
  await settle(em, scheme, period, villageIds, villageIds);
  return {
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    period,
    villages: villages.length,
    vetoed,
    milliseconds: Math.round(performance.now() - started),
  };
}

/**
 * Recomputes some of a scheme's villages for one period after their own evidence changed, leaving
 * the others' rows as they are: the county is ranked again (a veto sends a village to the bottom
 * and moves the rest up), the lagging list is replayed for the whole townships concerned (their
 * township ranks moved too) and the villages' rewards are settled. The rows are those a full
 * recompute would write when nothing else changed.
 */
async function recomputeVillageScores(em: EntityManager, schemeId: number, period: string, villageIds: readonly number[]): Promise<void> {
  const scheme = await schemeForPeriod(em, schemeId, period);
  const covered = await coveredVillages(em, scheme.id);
  const villages = covered.filter((v) => villageIds.includes(v.id));
  await scoreAndStore(em, scheme, period, villages, evidenceSources);
  await query(
    em,
    sql`update assessment_result set computed_at = now() where scheme_id = ${scheme.id} and period = ${period} and village_id = any(${villages.map((v) => v.id)}::int[])`,
  );
  await rankCounty(em, scheme.county_id, period);
  const townships = new Set(villages.map((v) => v.townshipId));
  await settle(
    em,
    scheme,
    period,
    covered.filter((v) => townships.has(v.townshipId)).map((v) => v.id),
    villages.map((v) => v.id),
  );
}

/** Scores the villages and writes the rows whose content changed (the others are left for the caller to stamp); returns how many were vetoed. */
async function scoreAndStore(
  em: EntityManager,
  scheme: SchemeRow,
  period: string,
  villages: readonly CoveredVillage[],
  sources: EvidenceSources,
): Promise<number> {
  const inputs = await gatherInputs(em, { id: scheme.id, countyId: scheme.county_id, definition: scheme.definition }, period, villages, sources);
  const scores = inputs.map((input) => scoreVillage(scheme.definition, input));

  // Only rows whose content changed travel and are rewritten.
  const rows = villages.map((v, i) => {
    const score = scores[i];
    const row = {
      v: v.id,
      t: v.townshipId,
      version: scheme.version,
      total: score.total,
      grade: score.grade,
      vetoed: score.vetoed,
      vetoes: score.vetoes,
      items: score.items,
      combinations: score.combinations,
      explanation: score.explanation,
    };
    return { ...row, digest: createHash('md5').update(JSON.stringify(row)).digest('hex') };
  });
  const existing = await query(
    em,
    sql<{ village_id: number; digest: string }>`select village_id, digest from assessment_result
      where scheme_id = ${scheme.id} and period = ${period} and village_id = any(${villages.map((v) => v.id)}::int[])`,
  );
  const known = new Map(existing.map((e) => [e.village_id, e.digest]));
  const changed = rows.filter((r) => known.get(r.v) !== r.digest);
  for (let start = 0; start < changed.length; start += CHUNK) {
    // One JSON document per chunk: PostgreSQL unpacks it with jsonb_to_recordset.
    await query(
      em,
      sql`insert into assessment_result (scheme_id, scheme_version, village_id, township_id, county_id, period, total, grade, vetoed,
                                      vetoes, items, combinations, explanation, digest, rank_township, township_size, rank_county, computed_at)
       select ${scheme.id}, u.version, u.v, u.t, ${scheme.county_id}, ${period}, u.total, u.grade, u.vetoed, u.vetoes, u.items, u.combinations, u.explanation, u.digest, 0, 0, 0, now()
         from jsonb_to_recordset(${JSON.stringify(changed.slice(start, start + CHUNK))}::jsonb) as u(v int, t int, version int, total numeric, grade assessment_grade, vetoed boolean, vetoes jsonb, items jsonb,
                                                combinations jsonb, explanation text, digest text)
       on conflict (village_id, period) do update set
         scheme_id = excluded.scheme_id, scheme_version = excluded.scheme_version, township_id = excluded.township_id, total = excluded.total,
         grade = excluded.grade, vetoed = excluded.vetoed, vetoes = excluded.vetoes, items = excluded.items,
         combinations = excluded.combinations, explanation = excluded.explanation, digest = excluded.digest, computed_at = excluded.computed_at`,
    );
  }
  return scores.filter((s) => s.vetoed).length;
}

/** A quarter replays the lagging list of `laggingIds`; a year settles the rewards of `rewardIds`. */
async function settle(em: EntityManager, scheme: SchemeRow, period: string, laggingIds: readonly number[], rewardIds: readonly number[]): Promise<void> {
  if (period.includes('-Q')) await recomputeLagging(em, scheme.county_id, laggingIds, scheme.definition.lagging);
  else await recomputeRewards(em, scheme.county_id, scheme.year, rewardIds, scheme.definition.rewards);
}

/**
 * Ranks every result of a county and period: vetoed villages last, then by total, ties sharing a
 * rank; within the township and across the county.
 */
async function rankCounty(em: EntityManager, countyId: number, period: string): Promise<void> {
  await query(
    em,
    sql`update assessment_result r set rank_township = x.rank_township, rank_county = x.rank_county, township_size = x.township_size
       from (select id,
                    rank() over (partition by township_id order by vetoed, total desc) as rank_township,
                    rank() over (order by vetoed, total desc) as rank_county,
                    count(*) over (partition by township_id) as township_size
               from assessment_result where county_id = ${countyId} and period = ${period}) x
      where x.id = r.id
        -- Rows whose places did not move are left alone: rewriting a row copies its whole tuple.
        and (r.rank_township, r.rank_county, r.township_size) is distinct from (x.rank_township, x.rank_county, x.township_size)`,
  );
}

/** Recomputes every period of a scheme's year that has begun by `today`, quarters first, then the year. */
export async function recomputeYear(
  em: EntityManager,
  schemeId: number,
  today: string,
  sources: EvidenceSources = evidenceSources,
): Promise<RecomputeSummary[]> {
  const scheme = await queryOne(em, sql<{ year: number }>`select year from assessment_scheme where id = ${schemeId}`);
  if (!scheme) throw notFound('Assessment scheme', schemeId);
  const summaries: RecomputeSummary[] = [];
  for (const period of periodsOfYear(scheme.year)) {
    if (periodMonths(period).from > today.slice(0, 7)) continue;
    summaries.push(await recomputeScores(em, schemeId, period, sources));
  }
  return summaries;
}

/**
 * Brings a village's results up to date after veto evidence dated `day` ('YYYY-MM-DD') appeared
 * outside the assessment (a petition above county level): the quarter and the year of that day,
 * under the scheme that scores the village that year, in the caller's transaction. A period the
 * scheme has not computed yet is left alone: its first recompute reads the evidence anyway.
 */
async function refreshVillageResults(em: EntityManager, villageId: number, day: string): Promise<void> {
  const schemeId = await schemeCovering(em, villageId, Number(day.slice(0, 4)));
  if (schemeId == null) return;
  const periods = [quarterOf(day.slice(0, 7)), day.slice(0, 4)];
  const computed = await query(
    em,
    sql<{ period: string }>`select distinct period from assessment_result where scheme_id = ${schemeId} and period = any(${periods}::text[])`,
  );
  for (const period of periods.filter((p) => computed.some((c) => c.period === p))) await recomputeVillageScores(em, schemeId, period, [villageId]);
}

/** The complaints' petition listener: the assessment's manifest subscribes it (see its `wire`). */
export const refreshAfterPetition: PetitionListener = (em, petition) => refreshVillageResults(em, petition.villageId, chinaDay(petition.receivedAt));
