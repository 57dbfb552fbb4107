import type { EntityManager } from '@mikro-orm/postgresql';
import type { VetoEvidence } from '@township/shared';
import { query, sql } from '../../../db/sql.js';

/** The veto events inspectors recorded by hand, as veto evidence (source key `veto_event:<id>`). */
export async function recordedVetoEvents(em: EntityManager, villageIds: readonly number[], from: string, to: string): Promise<Map<number, VetoEvidence[]>> {
  const rows = await query(
    em,
    sql<{ id: number; village_id: number; kind: VetoEvidence['kind']; occurred_on: string; summary: string }>`
      select id, village_id, kind, to_char(occurred_on, 'YYYY-MM-DD') as occurred_on, summary from assessment_veto_event
      where village_id = any(${villageIds}::int[]) and occurred_on between ${from}::date and ${to}::date order by occurred_on, id`,
  );
  const byVillage = new Map<number, VetoEvidence[]>();
  for (const r of rows) {
    const list = byVillage.get(r.village_id) ?? [];
    list.push({ kind: r.kind, occurredOn: r.occurred_on, summary: r.summary, source: `veto_event:${r.id}` });
    byVillage.set(r.village_id, list);
  }
  return byVillage;
}
