import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../graphql/scope.js';
import { page, type PageRequest } from '../../db/page.js';
import { sql } from '../../db/sql.js';
import type { SampledHouseholdType } from './survey.type.js';

/** A page of a campaign's sampled households inside the scope, by reference. */
export async function listSample(em: EntityManager, scope: Scope, campaignId: number, args: PageRequest & { villageId?: number | null }) {
  const where = [sql`h.campaign_id = ${campaignId}`, sql.scoped(scope, 'v')];
  if (args.villageId != null) where.push(sql`h.village_id = ${Number(args.villageId)}`);
  return page<{ id: number; village_id: number; reference: string; ordinal: number; register_no: number; channel: string | null }, SampledHouseholdType>(
    em,
    args,
    {
      select: sql`h.id, h.village_id, h.reference, h.ordinal, h.register_no, r.channel`,
      from: sql`survey_household h join org_unit v on v.id = h.village_id left join survey_response r on r.household_id = h.id`,
      countFrom: sql`survey_household h join org_unit v on v.id = h.village_id`,
      where: sql.and(where),
      orderBy: sql`h.reference`,
    },
    (rows) =>
      rows.map((r) => ({
        id: Number(r.id),
        villageId: Number(r.village_id),
        reference: r.reference,
        ordinal: r.ordinal,
        registerNo: r.register_no,
        answered: r.channel != null,
        channel: r.channel as SampledHouseholdType['channel'],
      })),
  );
}
