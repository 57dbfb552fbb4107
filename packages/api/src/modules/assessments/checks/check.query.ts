import type { EntityManager } from '@mikro-orm/postgresql';
import type { CheckKind } from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import type { PageRequest } from '../../../graphql/connection.js';
import { sqlPage } from '../paging.js';
import { pgArray, sql } from '../sql.js';
import { CheckRound } from './check.entity.js';
import type { CheckSampleType, CheckValueType, VetoEventType } from './check.type.js';

/** Rounds of the schemes the viewer may read (their units' and those above), newest first. */
export async function listRounds(em: EntityManager, scope: Scope, args: PageRequest & { year?: number | null; kind?: CheckKind | null }, withTotal: boolean) {
  const [scopeSql, scopeParams] = scope.sql('u');
  const where = [`(${scopeSql} or ? like u.path || '%')`];
  const params: unknown[] = [...scopeParams, scope.rootPath];
  if (args.year) { where.push('s.year = ?'); params.push(args.year); }
  if (args.kind) { where.push('r.kind = ?'); params.push(args.kind); }
  const result = await sqlPage<Record<string, unknown>>(em, 'r.*',
    `from assessment_check_round r join assessment_scheme s on s.id = r.scheme_id join org_unit u on u.id = s.org_unit_id where ${where.join(' and ')}`,
    'r.month desc, r.id desc', params, args, withTotal);
  return { rows: result.rows.map((row) => em.map(CheckRound, row)), totalCount: result.totalCount };
}

/** Spot-check samples of villages in scope, largest discrepancy first. */
export async function listSamples(em: EntityManager, scope: Scope, args: PageRequest & { roundId?: number | null; year?: number | null; discrepantOnly?: boolean | null }, withTotal: boolean) {
  const [scopeSql, scopeParams] = scope.sql('v');
  const where = [scopeSql];
  const params: unknown[] = [...scopeParams];
  if (args.roundId != null) { where.push('cs.round_id = ?'); params.push(Number(args.roundId)); }
  if (args.year) { where.push(`r.month between make_date(?, 1, 1) and make_date(?, 12, 1)`); params.push(args.year, args.year); }
  if (args.discrepantOnly) where.push('cs.discrepancy_rate > 0');
  const result = await sqlPage<{ round_id: number; village_id: number; draw_order: number; discrepancy_rate: number | null; items_checked: number }>(em,
    'cs.round_id, cs.village_id, cs.draw_order, cs.discrepancy_rate, cs.items_checked',
    `from assessment_check_sample cs join assessment_check_round r on r.id = cs.round_id join org_unit v on v.id = cs.village_id where ${where.join(' and ')}`,
    'cs.discrepancy_rate desc nulls last, r.month desc, v.name, cs.id', params, args, withTotal);
  return {
    rows: result.rows.map((r): CheckSampleType => ({ roundId: r.round_id, villageId: r.village_id, drawOrder: r.draw_order, discrepancyRate: r.discrepancy_rate, itemsChecked: r.items_checked })),
    totalCount: result.totalCount,
  };
}

/** Findings of (round, village) pairs, batched; callers reach them only through samples already in scope. */
export async function valuesOf(em: EntityManager, keys: readonly string[]): Promise<CheckValueType[][]> {
  const pairs = keys.map((k) => k.split(':').map(Number));
  const rows = await sql<Record<string, unknown>>(em,
    `select v.* from assessment_check_value v join unnest(?::int[], ?::int[]) as k(round_id, village_id) on k.round_id = v.round_id and k.village_id = v.village_id
      order by v.item_code`, [pgArray(pairs.map((p) => p[0])), pgArray(pairs.map((p) => p[1]))]);
  return keys.map((key) => rows.filter((r) => `${r.round_id}:${r.village_id}` === key).map((r): CheckValueType => ({
    itemCode: String(r.item_code), grade: r.grade as CheckValueType['grade'], reportedValue: r.reported_value as number | null, verifiedValue: r.verified_value as number | null,
    reason: String(r.reason), recordedBy: String(r.recorded_by), recordedAt: r.recorded_at as Date,
  })));
}

/** Veto events of villages in scope, newest first. */
export async function listVetoEvents(em: EntityManager, scope: Scope, args: PageRequest & { year?: number | null }, withTotal: boolean) {
  const [scopeSql, scopeParams] = scope.sql('v');
  const where = [scopeSql];
  const params: unknown[] = [...scopeParams];
  if (args.year) { where.push('extract(year from e.occurred_on) = ?'); params.push(args.year); }
  const result = await sqlPage<Record<string, unknown>>(em, `e.*, to_char(e.occurred_on, 'YYYY-MM-DD') as day`,
    `from assessment_veto_event e join org_unit v on v.id = e.village_id where ${where.join(' and ')}`, 'e.occurred_on desc, e.id desc', params, args, withTotal);
  return {
    rows: result.rows.map((r): VetoEventType => ({
      id: Number(r.id), villageId: Number(r.village_id), kind: r.kind as VetoEventType['kind'], occurredOn: String(r.day), summary: String(r.summary),
      evidence: String(r.evidence), recordedBy: String(r.recorded_by), recordedAt: r.recorded_at as Date,
    })),
    totalCount: result.totalCount,
  };
}
