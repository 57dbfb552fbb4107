import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { periodsOfYear, Role } from '@township/shared';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs } from '../../../graphql/connection.js';
import { orgUnitById, OrgUnitType, refId } from '../../org-units/index.js';
import { SchemeDefinitionType } from './scheme-definition.type.js';
import type { AssessmentScheme } from './scheme.entity.js';
import { CopySchemeArgs, CreateSchemeInput, UpdateSchemeInput } from './scheme.inputs.js';
import { versionsByScheme } from './scheme.loaders.js';
import { copyScheme, createScheme, fromDefinition, getScheme, listSchemes, updateScheme } from './scheme.service.js';
import { AssessmentSchemeType, SchemeVersionType } from './scheme.type.js';

/** Only leaders and office staff change schemes, grades and checks. */
export const ASSESSOR_ROLES = [Role.Leader, Role.Office] as const;

const SchemeConnection = Connection(AssessmentSchemeType, 'AssessmentScheme', 'A page of assessment schemes.');

@Resolver(() => AssessmentSchemeType)
export class AssessmentSchemeResolver {
  @Query(() => SchemeConnection, { description: 'Assessment schemes of your units and of the units above them, newest year first.' })
  async assessmentSchemes(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listSchemes(ctx.em, ctx.scope, { ...page, year });
  }

  @Query(() => AssessmentSchemeType, { description: 'One scheme; NOT_FOUND when it is neither yours nor above you.' })
  assessmentScheme(@Arg('id', () => ID, { description: 'The scheme id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getScheme(ctx.em, ctx.scope, Number(id));
  }

  @FieldResolver(() => OrgUnitType, { description: 'The county or township it covers.' })
  orgUnit(@Root() scheme: AssessmentScheme, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(scheme.orgUnit)!);
  }

  @FieldResolver(() => SchemeDefinitionType, {
    description: 'Items, targets, overrides, veto rules, grades, weights, lagging rules and rewards of the current version.',
  })
  async definition(@Root() scheme: AssessmentScheme, @Ctx() ctx: RequestContext) {
    const definition = fromDefinition(scheme.definition);
    // A county scheme lists every village's own targets; a viewer sees only those of villages in their scope.
    const villages = await orgUnitById(ctx).loadMany(definition.overrides.map((o) => o.villageId));
    definition.overrides = definition.overrides.filter((_, i) => {
      const village = villages[i];
      return village && !(village instanceof Error) && ctx.scope.contains(village.path);
    });
    return definition;
  }

  @FieldResolver(() => [String], { description: 'The periods results are computed for: four quarters (`2026-Q1`…) and the year (`2026`).' })
  periods(@Root() scheme: AssessmentScheme) {
    return periodsOfYear(scheme.year);
  }

  @FieldResolver(() => [SchemeVersionType], { description: 'Every version, oldest first.' })
  versions(@Root() scheme: AssessmentScheme, @Ctx() ctx: RequestContext) {
    return versionsByScheme(ctx).load(scheme.id);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => AssessmentSchemeType, { description: 'Creates a scheme for a county or township and year (one per unit and year).' })
  createAssessmentScheme(@Arg('input', () => CreateSchemeInput, { description: 'The scheme.' }) input: CreateSchemeInput, @Ctx() ctx: RequestContext) {
    return createScheme(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => AssessmentSchemeType, { description: 'Saves a new version of a scheme; results keep the version they were computed with until recomputed.' })
  updateAssessmentScheme(
    @Arg('id', () => ID, { description: 'The scheme.' }) id: number,
    @Arg('input', () => UpdateSchemeInput, { description: 'The new version.' }) input: UpdateSchemeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateScheme(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => AssessmentSchemeType, {
    description: "Copies a scheme into another year (usually last year's into this), as version 1 of a new scheme to edit.",
  })
  copyAssessmentScheme(@Args(() => CopySchemeArgs) { fromId, year, name }: CopySchemeArgs, @Ctx() ctx: RequestContext) {
    return copyScheme(ctx.em, ctx.scope, ctx.user, fromId, year, name);
  }
}
