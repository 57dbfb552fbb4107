import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CadreRole } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { type OrgUnit, VillageType } from '../org-units/index.js';
import { assignmentsByUnit, cadreById } from './cadre.loaders.js';
import { CadreAssignmentType, CadreType } from './cadre.type.js';

/** The cadres feature adds who is responsible to the village type (the village module does not know about cadres). */
@Resolver(() => VillageType)
export class VillageCadresResolver {
  @FieldResolver(() => [CadreAssignmentType], { description: 'Who is responsible for the village: stationed cadre, village officers, group heads…' })
  assignments(
    @Root() village: OrgUnit,
    @Arg('currentOnly', () => Boolean, { defaultValue: true, description: 'Only assignments in force today.' }) currentOnly: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return assignmentsByUnit(ctx, currentOnly).load(village.id);
  }

  @FieldResolver(() => CadreType, { nullable: true, description: 'The township cadre stationed in the village today (驻村干部).' })
  async stationedCadre(@Root() village: OrgUnit, @Ctx() ctx: RequestContext) {
    const current = await assignmentsByUnit(ctx, true).load(village.id);
    const stationed = current.find((a) => a.role === CadreRole.StationedCadre);
    return stationed ? cadreById(ctx).load(stationed.cadre.id) : null;
  }
}
