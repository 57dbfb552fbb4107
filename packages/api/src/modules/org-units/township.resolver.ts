import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { OrgUnit } from './org-unit.entity.js';
import { TownshipType } from './org-unit.type.js';
import { totalsByTownship } from './org-unit.loaders.js';
import { getTownship, listTownships } from './township.service.js';

@Resolver(() => TownshipType)
export class TownshipResolver {
  @Query(() => [TownshipType], { description: 'Townships in your scope (or the one above your village), by code.' })
  townships(@Ctx() ctx: RequestContext) {
    return listTownships(ctx.em, ctx.scope);
  }

  @Query(() => TownshipType, { description: 'One township; NOT_FOUND outside your scope.' })
  township(@Arg('id', () => ID, { description: 'The township id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getTownship(ctx.em, ctx.scope, Number(id));
  }

  @FieldResolver(() => Int, { description: 'Villages of the township (inside your scope).' })
  async villageCount(@Root() township: OrgUnit, @Ctx() ctx: RequestContext) {
    return (await totalsByTownship(ctx).load(township.id)).villageCount;
  }

  @FieldResolver(() => Int, { description: "Sum of its villages' profile population (inside your scope)." })
  async population(@Root() township: OrgUnit, @Ctx() ctx: RequestContext) {
    return (await totalsByTownship(ctx).load(township.id)).population;
  }

  @FieldResolver(() => Int, { description: "Sum of its villages' married women of childbearing age (inside your scope)." })
  async marriedWomen(@Root() township: OrgUnit, @Ctx() ctx: RequestContext) {
    return (await totalsByTownship(ctx).load(township.id)).marriedWomen;
  }
}
