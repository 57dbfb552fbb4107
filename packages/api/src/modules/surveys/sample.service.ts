import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../graphql/scope.js';
import { pageWindow, type PageRequest } from '../../graphql/connection.js';
import type { SampledHouseholdType } from './survey.type.js';

/** A page of a campaign's sampled households inside the scope, by reference. */
export async function listSample(em: EntityManager, scope: Scope, campaignId: number, args: PageRequest & { villageId?: number | null }, withTotal: boolean) {
  const { offset, limit } = pageWindow(args);
  const [scopeSql, scopeParams] = scope.sql('v');
  const where = ['h.campaign_id = ?', scopeSql];
  const params: unknown[] = [campaignId, ...scopeParams];
  if (args.villageId != null) { where.push('h.village_id = ?'); params.push(Number(args.villageId)); }
  const whereSql = where.join(' and ');
  const conn = em.getConnection();
  const [rows, count] = await Promise.all([
    conn.execute<{ id: number; village_id: number; reference: string; ordinal: number; register_no: number; channel: string | null }[]>(
      `select h.id, h.village_id, h.reference, h.ordinal, h.register_no, r.channel
         from survey_household h join org_unit v on v.id = h.village_id left join survey_response r on r.household_id = h.id
        where ${whereSql} order by h.reference limit ? offset ?`,
      [...params, limit, offset],
    ),
    withTotal ? conn.execute<{ n: string }[]>(`select count(*) as n from survey_household h join org_unit v on v.id = h.village_id where ${whereSql}`, params) : null,
  ]);
  const households: SampledHouseholdType[] = rows.map((r) => ({
    id: Number(r.id), villageId: Number(r.village_id), reference: r.reference, ordinal: r.ordinal, registerNo: r.register_no,
    answered: r.channel != null, channel: r.channel as SampledHouseholdType['channel'],
  }));
  return { rows: households, totalCount: count ? Number(count[0].n) : undefined };
}
