import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import type { OrgUnit } from './org-unit.entity.js';
import { orgUnitById, refId } from './org-unit.loaders.js';
import { OrgUnitType } from './org-unit.type.js';

@Resolver(() => OrgUnitType)
export class OrgUnitResolver {
  @Query(() => OrgUnitType, { description: 'Any unit inside your scope, or above it (identity only).' })
  async orgUnit(@Arg('id', () => ID, { description: 'The unit id.' }) id: number, @Ctx() ctx: RequestContext) {
    const unit = await orgUnitById(ctx).load(Number(id));
    if (!unit || !ctx.scope.canIdentify(unit.path)) throw notFound('Org unit', id);
    return unit;
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: 'The unit above (null for a county).' })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    const id = refId(unit.parent);
    return id == null ? null : orgUnitById(ctx).load(id);
  }
}
