import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { type OrgUnit, VillageType } from '../org-units/index.js';
import { countsByVillage, recentByVillage } from './complaint.loaders.js';
import { ComplaintType } from './complaint.type.js';

const MAX_RECENT = 20;

/** The complaints feature adds a village's complaints to the village type (the village module does not know about complaints). */
@Resolver(() => VillageType)
export class VillageComplaintsResolver {
  @FieldResolver(() => [ComplaintType], {
    description: "The village's latest complaints, newest first (use `complaints(filter: { orgUnitId })` for the full list).",
  })
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
