import type { EntityManager } from '@mikro-orm/postgresql';
import type { CheckKind } from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import { page, type PageRequest } from '../../../db/page.js';
import { query, sql } from '../../../db/sql.js';
import { CheckRound } from './check.entity.js';
import type { CheckSampleType, CheckValueType, VetoEventType } from './check.type.js';

/** Rounds of the schemes the viewer may read (their units' and those above), newest first. */
export async function listRounds(em: EntityManager, scope: Scope, args: PageRequest & { year?: number | null; kind?: CheckKind | null }) {
  const where = [sql`(${sql.scoped(scope, 'u')} or ${scope.rootPath} like u.path || '%')`];
  if (args.year) where.push(sql`s.year = ${args.year}`);
  if (args.kind) where.push(sql`r.kind = ${args.kind}`);
  return page<Record<string, unknown>, CheckRound>(
    em,
    args,
    {
      select: sql`r.*`,
      from: sql`assessment_check_round r join assessment_scheme s on s.id = r.scheme_id join org_unit u on u.id = s.org_unit_id`,
      where: sql.and(where),
      keyset: [
        { by: sql`r.month`, desc: true },
        { by: sql`r.id`, desc: true },
      ],
    },
    (rows) => rows.map((row) => em.map(CheckRound, row)),
  );
}

/** Spot-check samples of villages in scope, largest discrepancy first. */
export async function listSamples(
  em: EntityManager,
  scope: Scope,
  args: PageRequest & { roundId?: number | null; year?: number | null; discrepantOnly?: boolean | null },
) {
  const where = [sql.scoped(scope, 'v')];
  if (args.roundId != null) where.push(sql`cs.round_id = ${Number(args.roundId)}`);
  if (args.year) where.push(sql`r.month between make_date(${args.year}, 1, 1) and make_date(${args.year}, 12, 1)`);
  if (args.discrepantOnly) where.push(sql`cs.discrepancy_rate > 0`);
  return page<{ round_id: number; village_id: number; draw_order: number; discrepancy_rate: number | null; items_checked: number }, CheckSampleType>(
    em,
    args,
    {
      select: sql`cs.round_id, cs.village_id, cs.draw_order, cs.discrepancy_rate, cs.items_checked`,
      from: sql`assessment_check_sample cs join assessment_check_round r on r.id = cs.round_id join org_unit v on v.id = cs.village_id`,
      where: sql.and(where),
      orderBy: sql`cs.discrepancy_rate desc nulls last, r.month desc, v.name, cs.id`,
    },
    (rows) =>
      rows.map((r) => ({
        roundId: r.round_id,
        villageId: r.village_id,
        drawOrder: r.draw_order,
        discrepancyRate: r.discrepancy_rate,
        itemsChecked: r.items_checked,
      })),
  );
}

/** Findings of (round, village) pairs, batched; callers reach them only through samples already in scope. */
export async function valuesOf(em: EntityManager, keys: readonly string[]): Promise<CheckValueType[][]> {
  const pairs = keys.map((k) => k.split(':').map(Number));
  const rows = await query(
    em,
    sql`
    select v.* from assessment_check_value v join unnest(${pairs.map((p) => p[0])}::int[], ${pairs.map((p) => p[1])}::int[]) as k(round_id, village_id)
        on k.round_id = v.round_id and k.village_id = v.village_id
     order by v.item_code`,
  );
  return keys.map((key) =>
    rows
      .filter((r) => `${r.round_id}:${r.village_id}` === key)
      .map((r): CheckValueType => ({
        itemCode: String(r.item_code),
        grade: r.grade as CheckValueType['grade'],
        reportedValue: r.reported_value as number | null,
        verifiedValue: r.verified_value as number | null,
        reason: String(r.reason),
        recordedBy: String(r.recorded_by),
        recordedAt: r.recorded_at as Date,
      })),
  );
}

/** Veto events of villages in scope, newest first. */
export async function listVetoEvents(em: EntityManager, scope: Scope, args: PageRequest & { year?: number | null }) {
  const where = [sql.scoped(scope, 'v')];
  if (args.year) where.push(sql`extract(year from e.occurred_on) = ${args.year}`);
  return page<Record<string, unknown>, VetoEventType>(
    em,
    args,
    {
      select: sql`e.*, to_char(e.occurred_on, 'YYYY-MM-DD') as day`,
      from: sql`assessment_veto_event e join org_unit v on v.id = e.village_id`,
      where: sql.and(where),
      keyset: [
        { by: sql`e.occurred_on`, desc: true },
        { by: sql`e.id`, desc: true },
      ],
    },
    (rows) =>
      rows.map((r) => ({
        id: Number(r.id),
        villageId: Number(r.village_id),
        kind: r.kind as VetoEventType['kind'],
        occurredOn: String(r.day),
        summary: String(r.summary),
        evidence: String(r.evidence),
        recordedBy: String(r.recorded_by),
        recordedAt: r.recorded_at as Date,
      })),
  );
}
