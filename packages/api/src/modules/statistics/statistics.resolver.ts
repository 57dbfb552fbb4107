import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { addMonths, monthsBetween, notFound, STATISTICS_WRITER_ROLES } from '@township/shared';
import { Cost } from '../../graphql/cost.js';
import type { RequestContext } from '../../graphql/context.js';
import { checkPeriod, latestMonth, PeriodInput } from '../../graphql/period.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { OrgUnit, orgUnitById, OrgUnitType, VillageType } from '../org-units/index.js';
import { aggregateIndicators, emptySummary } from './indicator.service.js';
import { VillageStatisticsInput } from './statistics.inputs.js';
import { defaultPeriod, villageIndicators, villageStatistics } from './statistics.loaders.js';
import { recordStatistics } from './statistics.service.js';
import { IndicatorSummaryType, VillageStatisticType } from './statistics.type.js';
import type { VillageStatistic } from './village-statistic.entity.js';

/** A unit whose figures the viewer may see: inside the scope, never merely above it. */
async function unitInScope(ctx: RequestContext, id: number): Promise<OrgUnit> {
  const unit = await orgUnitById(ctx).load(Number(id));
  if (!unit) throw notFound('Org unit', id);
  ctx.scope.assertContains(unit);
  return unit;
}

@Resolver(() => IndicatorSummaryType)
export class IndicatorResolver {
  @Query(() => MonthScalar, { description: 'The most recent month with statistics in your scope (the current month when there are none).' })
  latestMonth(@Ctx() ctx: RequestContext) {
    return latestMonth(ctx.em, ctx.scope);
  }

  @Query(() => IndicatorSummaryType, { complexity: Cost.aggregate, description: 'Indicators of a unit in your scope over a period, its villages rolled up.' })
  async indicators(
    @Arg('orgUnitId', () => ID, { description: 'County, township or village.' }) orgUnitId: number,
    @Arg('period', () => PeriodInput, { description: 'Months to cover.' }) period: PeriodInput,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await unitInScope(ctx, orgUnitId);
    const [summary] = await aggregateIndicators(ctx.em, ctx.scope, { unitIds: [unit.id], period: checkPeriod(period) });
    return summary ?? emptySummary(unit.id, period);
  }

  @Query(() => [IndicatorSummaryType], {
    complexity: Cost.aggregate,
    description: 'Indicators of a unit month by month (one summary per month of the period, empty months included).',
  })
  async indicatorSeries(
    @Arg('orgUnitId', () => ID, { description: 'County, township or village.' }) orgUnitId: number,
    @Arg('period', () => PeriodInput, { description: 'Months to cover.' }) period: PeriodInput,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await unitInScope(ctx, orgUnitId);
    const rows = await aggregateIndicators(ctx.em, ctx.scope, { unitIds: [unit.id], period: checkPeriod(period), byMonth: true });
    const byMonth = new Map(rows.map((r) => [r.from, r]));
    return Array.from({ length: monthsBetween(period.from, period.to) }, (_, i) => {
      const month = addMonths(period.from, i);
      return byMonth.get(month) ?? emptySummary(unit.id, { from: month, to: month });
    });
  }

  @Query(() => [IndicatorSummaryType], {
    complexity: Cost.aggregate,
    description: 'Indicators of each unit directly below a parent (townships of a county, villages of a township), by code.',
  })
  async indicatorBreakdown(
    @Arg('parentId', () => ID, { description: 'The parent unit.' }) parentId: number,
    @Arg('period', () => PeriodInput, { description: 'Months to cover.' }) period: PeriodInput,
    @Ctx() ctx: RequestContext,
  ) {
    const parent = await unitInScope(ctx, parentId);
    const children = await ctx.em.find(OrgUnit, { parent }, { orderBy: { code: 'asc' } });
    const rows = await aggregateIndicators(ctx.em, ctx.scope, { unitIds: children.map((c) => c.id), period: checkPeriod(period) });
    const byUnit = new Map(rows.map((r) => [r.orgUnitId, r]));
    return children.map((c) => byUnit.get(c.id) ?? emptySummary(c.id, period));
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit summarised.' })
  orgUnit(@Root() summary: IndicatorSummaryType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(summary.orgUnitId);
  }
}

@Resolver(() => VillageStatisticType)
export class VillageStatisticResolver {
  @Authorized(...STATISTICS_WRITER_ROLES)
  @Mutation(() => VillageStatisticType, {
    description: "Records (or replaces) a village's monthly report; every count is checked and nothing is written when one is wrong.",
  })
  recordVillageStatistics(
    @Arg('input', () => VillageStatisticsInput, { description: 'The report.' }) input: VillageStatisticsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordStatistics(ctx.em, ctx.scope, ctx.user, input);
  }

  @FieldResolver(() => MonthScalar, { description: 'The month reported.' })
  month(@Root() row: VillageStatistic) {
    return row.month.slice(0, 7);
  }
}

/** The statistics feature adds the village's own reports and indicators to the village type. */
@Resolver(() => VillageType)
export class VillageStatisticsResolver {
  @FieldResolver(() => [VillageStatisticType], { description: "The village's monthly reports in a period, oldest first." })
  statistics(@Root() village: OrgUnit, @Arg('period', () => PeriodInput, { description: 'Months to cover.' }) period: PeriodInput, @Ctx() ctx: RequestContext) {
    return villageStatistics(ctx, checkPeriod(period)).load(village.id);
  }

  @FieldResolver(() => IndicatorSummaryType, { description: "The village's indicators over a period; the latest 12 reported months when omitted." })
  async indicators(
    @Root() village: OrgUnit,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Months to cover.' }) period: PeriodInput | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return villageIndicators(ctx, period ? checkPeriod(period) : await defaultPeriod(ctx)).load(village.id);
  }
}
