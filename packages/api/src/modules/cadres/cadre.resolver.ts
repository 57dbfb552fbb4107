import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EDITOR_ROLES } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';
import { orgUnitById, OrgUnitType, refId } from '../org-units/index.js';
import type { CadreAssignment } from './cadre-assignment.entity.js';
import type { Cadre } from './cadre.entity.js';
import { AssignCadreInput, CadreFilter, CadreInput } from './cadre.inputs.js';
import { assignmentsByCadre, cadreById, isCurrent } from './cadre.loaders.js';
import { assignCadre, createCadre, endAssignment, getCadre, listCadres, updateCadre } from './cadre.service.js';
import { CadreAssignmentType, CadreType } from './cadre.type.js';

export const CadreConnection = Connection(CadreType, 'Cadre', 'A page of cadres, by name.');

@Resolver(() => CadreType)
export class CadreResolver {
  @Query(() => CadreConnection, { description: 'Cadres who belong to or are assigned to units in your scope.' })
  async cadres(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CadreFilter, { nullable: true, description: 'Conditions the cadres must meet.' }) filter: CadreFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listCadres(ctx.em, ctx.scope, { ...page, filter });
  }

  @Query(() => CadreType, { description: 'One cadre visible in your scope.' })
  cadre(@Arg('id', () => ID, { description: 'The cadre id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getCadre(ctx.em, ctx.scope, Number(id));
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit the person belongs to.' })
  unit(@Root() cadre: Cadre, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(cadre.unit)!);
  }

  @FieldResolver(() => [CadreAssignmentType], { description: 'Units the person is responsible for (inside your scope).' })
  assignments(
    @Root() cadre: Cadre,
    @Arg('currentOnly', () => Boolean, { defaultValue: true, description: 'Only assignments in force today.' }) currentOnly: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return assignmentsByCadre(ctx, currentOnly).load(cadre.id);
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => CadreType, { description: 'Adds a cadre to a unit in your scope.' })
  createCadre(@Arg('input', () => CadreInput, { description: 'The new cadre.' }) input: CadreInput, @Ctx() ctx: RequestContext) {
    return createCadre(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => CadreType, { description: "Replaces a cadre's record." })
  updateCadre(
    @Arg('id', () => ID, { description: 'The cadre id.' }) id: number,
    @Arg('input', () => CadreInput, { description: 'The whole record.' }) input: CadreInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateCadre(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => CadreAssignmentType, { description: 'Makes a cadre responsible for a unit; a new stationed cadre ends the previous one the day before.' })
  assignCadre(@Arg('input', () => AssignCadreInput, { description: 'Who, where, what and from when.' }) input: AssignCadreInput, @Ctx() ctx: RequestContext) {
    return assignCadre(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => CadreAssignmentType, { description: 'Ends an assignment on a date.' })
  endAssignment(
    @Arg('id', () => ID, { description: 'The assignment id.' }) id: number,
    @Arg('endDate', () => DateScalar, { description: 'Last day of responsibility.' }) endDate: string,
    @Ctx() ctx: RequestContext,
  ) {
    return endAssignment(ctx.em, ctx.scope, ctx.user, Number(id), endDate);
  }
}

@Resolver(() => CadreAssignmentType)
export class CadreAssignmentResolver {
  @FieldResolver(() => CadreType, { description: 'The person responsible.' })
  async cadre(@Root() assignment: CadreAssignment, @Ctx() ctx: RequestContext) {
    return cadreById(ctx).load(refId(assignment.cadre)!);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit they are responsible for.' })
  orgUnit(@Root() assignment: CadreAssignment, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(assignment.orgUnit)!);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the assignment is in force today.' })
  current(@Root() assignment: CadreAssignment) {
    return isCurrent(assignment);
  }
}
