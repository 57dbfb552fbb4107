import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput, ComplaintStatus } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { type OrgUnit, VillageType } from '../org-units/index.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintType } from './complaint.type.js';
import { overdueSql, placeholders } from './complaint.sql.js';

const MAX_RECENT = 20;

/** The latest complaints of each village, for a whole page of villages in one statement (row_number per village). */
const recentByVillage = (ctx: RequestContext, first: number) =>
  ctx.loader(`recentComplaints:${first}`, () =>
    new DataLoader<number, Complaint[]>(async (ids) => {
      const [scopeSql, scopeParams] = ctx.scope.sql('v');
      const rows = await ctx.em.execute<Record<string, unknown>[]>(
        `select * from (select c.*, row_number() over (partition by c.village_id order by c.received_at desc, c.id desc) as place
                          from complaint c join org_unit v on v.id = c.village_id
                         where c.village_id in (${placeholders(ids)}) and ${scopeSql}) ranked
          where place <= ? order by village_id, place`,
        [...ids, ...scopeParams, first],
      );
      const complaints = rows.map((row) => ctx.em.map(Complaint, row));
      return ids.map((id) => complaints.filter((c) => c.village.id === id));
    }),
  );

interface VillageCounts { open: number; overdue: number }

const countsByVillage = (ctx: RequestContext) =>
  ctx.loader('villageComplaintCounts', () =>
    new DataLoader<number, VillageCounts>(async (ids) => {
      const [scopeSql, scopeParams] = ctx.scope.sql('v');
      const rows = await ctx.em.execute<{ village_id: number; open: number; overdue: number }[]>(
        `select c.village_id, count(*)::int as open, count(*) filter (where ${overdueSql('c')})::int as overdue
           from complaint c join org_unit v on v.id = c.village_id
          where c.village_id in (${placeholders(ids)}) and c.status <> '${ComplaintStatus.Closed}' and ${scopeSql}
          group by c.village_id`,
        [...ids, ...scopeParams],
      );
      const byId = new Map(rows.map((r) => [r.village_id, r]));
      return ids.map((id) => byId.get(id) ?? { open: 0, overdue: 0 });
    }),
  );

/** The complaints feature adds a village's complaints to the village type (the village module does not know about complaints). */
@Resolver(() => VillageType)
export class VillageComplaintsResolver {
  @FieldResolver(() => [ComplaintType], { description: "The village's latest complaints, newest first (use `complaints(filter: { orgUnitId })` for the full list)." })
  recentComplaints(
    @Root() village: OrgUnit,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many, 1 to ${MAX_RECENT}.` }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    if (first < 1 || first > MAX_RECENT) throw badInput('first', `first must be between 1 and ${MAX_RECENT}`, 'outOfRange', { min: 1, max: MAX_RECENT });
    return recentByVillage(ctx, first).load(village.id);
  }

  @FieldResolver(() => Int, { description: 'Complaints of the village not yet closed.' })
  async openComplaints(@Root() village: OrgUnit, @Ctx() ctx: RequestContext) {
    return (await countsByVillage(ctx).load(village.id)).open;
  }

  @FieldResolver(() => Int, { description: 'Complaints of the village overdue now.' })
  async overdueComplaints(@Root() village: OrgUnit, @Ctx() ctx: RequestContext) {
    return (await countsByVillage(ctx).load(village.id)).overdue;
  }
}
