import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cost } from '../../../graphql/cost.js';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs } from '../../../graphql/connection.js';
import { orgUnitById, type OrgUnit, TownshipType, VillageType } from '../../org-units/index.js';
import { ASSESSOR_ROLES } from '../schemes/scheme.resolver.js';
import { recomputeAssessment } from './recompute-assessment.service.js';
import { VillageScoreFilter, VillageScoreOrder } from './score.inputs.js';
import { assessmentHistory } from './score.loaders.js';
import { listScores, overview, scoredPeriods, scoresOf } from './score.query.js';
import { AssessmentOverviewType, RecomputeSummaryType, VillageScoreType } from './score.type.js';

const VillageScoreConnection = Connection(VillageScoreType, 'VillageScore', 'A page of village scores.');

@Resolver(() => VillageScoreType)
export class VillageScoreResolver {
  @Query(() => VillageScoreConnection, {
    complexity: Cost.aggregate,
    description: 'The league table: village results of a period in your scope, county rank first unless sorted otherwise.',
  })
  async villageScores(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('period', () => String, { description: 'A quarter (`2026-Q3`) or a year (`2026`).' }) period: string,
    @Arg('filter', () => VillageScoreFilter, { nullable: true, description: 'Conditions on the results.' }) filter: VillageScoreFilter | undefined,
    @Arg('orderBy', () => VillageScoreOrder, { nullable: true, description: 'Sort order; county rank when omitted.' }) orderBy: VillageScoreOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listScores(ctx.em, ctx.scope, { ...page, period, filter, orderBy });
  }

  @Query(() => VillageScoreType, { nullable: true, description: "One village's result (its score card); null when not computed or outside your scope." })
  async villageScore(
    @Arg('villageId', () => ID, { description: 'The village.' }) villageId: number,
    @Arg('period', () => String, { description: 'A quarter (`2026-Q3`) or a year (`2026`).' }) period: string,
    @Ctx() ctx: RequestContext,
  ) {
    const [score] = await scoresOf(ctx.em, ctx.scope, [Number(villageId)], period);
    return score;
  }

  @Query(() => [String], { description: 'Periods with results in your scope, newest first (a year’s quarters, then the year).' })
  assessmentPeriods(@Ctx() ctx: RequestContext) {
    return scoredPeriods(ctx.em, ctx.scope);
  }

  @Query(() => AssessmentOverviewType, {
    complexity: Cost.aggregate,
    description: 'Grades, vetoes, lagging villages and biggest movers of a period in your scope.',
  })
  assessmentOverview(@Arg('period', () => String, { description: 'A quarter or a year.' }) period: string, @Ctx() ctx: RequestContext) {
    return overview(ctx.em, ctx.scope, period);
  }

  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() score: VillageScoreType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(score.villageId);
  }

  @FieldResolver(() => TownshipType, { description: 'Its township.' })
  township(@Root() score: VillageScoreType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(score.townshipId);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => [RecomputeSummaryType], {
    description: "Recomputes a scheme's results for one period, or for every period of its year begun so far; the same inputs always give the same results.",
  })
  recomputeAssessment(
    @Arg('schemeId', () => ID, { description: 'The scheme.' }) schemeId: number,
    @Arg('period', () => String, { nullable: true, description: 'A quarter or the year; every period begun so far when omitted.' }) period: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return recomputeAssessment(ctx.em, ctx.scope, ctx.user, Number(schemeId), period);
  }
}

/** The assessment feature adds a village's result history to the village type. */
@Resolver(() => VillageType)
export class VillageAssessmentResolver {
  @FieldResolver(() => [VillageScoreType], { description: 'Assessment results of the village, newest period first.' })
  assessmentHistory(@Root() village: OrgUnit, @Ctx() ctx: RequestContext) {
    return assessmentHistory(ctx).load(village.id);
  }
}
