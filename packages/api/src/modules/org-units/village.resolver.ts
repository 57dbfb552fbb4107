import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EDITOR_ROLES } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { PeriodInput } from '../../graphql/period.js';
import type { OrgUnit } from './org-unit.entity.js';
import { orgUnitById, refId } from './org-unit.loaders.js';
import { TownshipType, VillageType } from './org-unit.type.js';
import { CreateVillageInput, UpdateVillageInput, VillageFilter, VillageOrder } from './village.inputs.js';
import { createVillage, getVillage, listVillages, updateVillage } from './village.service.js';

export const VillageConnection = Connection(VillageType, 'Village', 'A page of villages.');

@Resolver(() => VillageType)
export class VillageResolver {
  @Query(() => VillageConnection, { description: 'Villages in your scope, filtered, sorted and paged.' })
  async villages(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => VillageFilter, { nullable: true, description: 'Conditions the villages must meet.' }) filter: VillageFilter | undefined,
    @Arg('orderBy', () => VillageOrder, { nullable: true, description: 'Sort order; by name when omitted.' }) orderBy: VillageOrder | undefined,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Months an indicator sort is computed over; the latest 12 reported months when omitted.' })
    period: PeriodInput | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listVillages(ctx.em, ctx.scope, { ...page, filter, orderBy, period });
  }

  @Query(() => VillageType, { description: 'One village in your scope; NOT_FOUND otherwise.' })
  village(@Arg('id', () => ID, { description: 'The village id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getVillage(ctx.em, ctx.scope, Number(id));
  }

  @FieldResolver(() => TownshipType, { description: 'The township the village belongs to.' })
  async township(@Root() village: OrgUnit, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(village.parent)!);
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => VillageType, { description: 'Adds a village under a township in your scope.' })
  createVillage(@Arg('input', () => CreateVillageInput, { description: 'The new village.' }) input: CreateVillageInput, @Ctx() ctx: RequestContext) {
    return createVillage(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => VillageType, { description: "Changes a village's profile." })
  updateVillage(
    @Arg('id', () => ID, { description: 'The village id.' }) id: number,
    @Arg('input', () => UpdateVillageInput, { description: 'The changes.' }) input: UpdateVillageInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateVillage(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }
}
