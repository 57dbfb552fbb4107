import { Arg, Authorized, type ClassType, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  addMonths,
  badInput,
  COMPLAINT_HANDLER_ROLES,
  currentMonth,
  COMPLAINT_RATES,
  COMPLAINT_SUPERVISOR_ROLES,
  notFound,
  Role,
  type ComplaintCategory,
  type ComplaintRateKey,
} from '@township/shared';
import { Cost } from '../../graphql/cost.js';
import type { RequestContext } from '../../graphql/context.js';
import { MAX_PAGE_SIZE } from '../../graphql/connection.js';
import { checkPeriod, PeriodInput } from '../../graphql/period.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { type OrgUnit, orgUnitById, OrgUnitType, VillageType } from '../org-units/index.js';
import { ComplaintBreakdown, ComplaintCategoryEnum, ComplaintRateKeyEnum } from './complaint.enums.js';
import {
  ComplaintCaseloadType,
  ComplaintHotspotsType,
  ComplaintOverviewType,
  ComplaintRankingEntryType,
  ComplaintRankingType,
  ComplaintRateSummaryType,
  ComplaintTopicReportType,
  ComplaintUnitCountType,
} from './complaint-figures.type.js';
import { SetComplaintTimeLimitInput } from './complaint.inputs.js';
import { ComplaintHandlerType, ComplaintTimeLimitType } from './complaint.type.js';
import { complaintHotspots } from './complaint-hotspots.service.js';
import { complaintCaseload, complaintRanking, complaintRates } from './complaint-rates.service.js';
import { complaintOverview, complaintTopics } from './complaint-topics.service.js';
import { complaintHandlers } from './handlers.service.js';
import { listTimeLimits, setTimeLimit } from './time-limits.service.js';

/** A unit whose figures the viewer may see: inside the scope, never merely above it. */
async function unitInScope(ctx: RequestContext, id: number): Promise<OrgUnit> {
  const unit = await orgUnitById(ctx).load(Number(id));
  if (!unit) throw notFound('Org unit', id);
  ctx.scope.assertContains(unit);
  return unit;
}

const unitArg = { description: 'County, township or village.' };
const periodArg = { description: 'Months received in.' };
/** A count argument (`first`, `topUnits`) checked against the page-size cap. */
const countOf = (name: string, value: number) => {
  if (value < 1 || value > MAX_PAGE_SIZE) throw badInput(name, `${name} must be between 1 and ${MAX_PAGE_SIZE}`, 'outOfRange', { min: 1, max: MAX_PAGE_SIZE });
  return value;
};

/** Hotspots, rates, rankings and topics: every figure an aggregate computed by the database. */
@Resolver()
export class ComplaintFiguresResolver {
  @Query(() => ComplaintHotspotsType, {
    complexity: Cost.report,
    description: 'Complaint counts by unit × category × month, raw and per 10,000 people, against the previous period and the same period a year earlier.',
  })
  async complaintHotspots(
    @Arg('orgUnitId', () => ID, unitArg) orgUnitId: number,
    @Arg('period', () => PeriodInput, periodArg) period: PeriodInput,
    @Arg('breakdown', () => ComplaintBreakdown, { defaultValue: ComplaintBreakdown.VILLAGE, description: 'The units of the cells.' })
    breakdown: ComplaintBreakdown,
    @Arg('byCategory', () => Boolean, { defaultValue: true, description: 'One cell per category (else categories added together).' }) byCategory: boolean,
    @Arg('byMonth', () => Boolean, { defaultValue: false, description: 'One cell per month (else the whole period).' }) byMonth: boolean,
    @Arg('categories', () => [ComplaintCategoryEnum], { nullable: true, description: 'Only these categories.' }) categories: ComplaintCategory[] | undefined,
    @Arg('topUnits', () => Int, {
      nullable: true,
      description: `Only the cells of the N units with the most complaints per 10,000 people (the per10k of their cells with complaints added up, ties by name), 1 to ${MAX_PAGE_SIZE}: a heatmap's rows. Every unit when omitted.`,
    })
    topUnits: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await unitInScope(ctx, orgUnitId);
    const top = topUnits == null ? null : countOf('topUnits', topUnits);
    return complaintHotspots(ctx.em, ctx.scope, { unitId: unit.id, period: checkPeriod(period), breakdown, byCategory, byMonth, categories, topUnits: top });
  }

  @Query(() => [ComplaintRateSummaryType], {
    complexity: Cost.aggregate,
    description: 'Response, resolution, satisfaction and on-time rates of complaints received in a period, per unit and optionally per month.',
  })
  async complaintRates(
    @Arg('orgUnitId', () => ID, unitArg) orgUnitId: number,
    @Arg('period', () => PeriodInput, periodArg) period: PeriodInput,
    @Arg('breakdown', () => ComplaintBreakdown, {
      defaultValue: ComplaintBreakdown.WHOLE,
      description: 'The units of the rows (units without complaints are left out, except WHOLE).',
    })
    breakdown: ComplaintBreakdown,
    @Arg('byMonth', () => Boolean, { defaultValue: false, description: 'One row per month received.' }) byMonth: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await unitInScope(ctx, orgUnitId);
    return complaintRates(ctx.em, ctx.scope, { unitId: unit.id, period: checkPeriod(period), breakdown, byMonth });
  }

  @Query(() => ComplaintRankingType, {
    complexity: Cost.aggregate,
    description: 'Villages ranked by a rate; villages with too few cases are counted but not ranked.',
  })
  async complaintRanking(
    @Arg('orgUnitId', () => ID, unitArg) orgUnitId: number,
    @Arg('period', () => PeriodInput, periodArg) period: PeriodInput,
    @Arg('key', () => ComplaintRateKeyEnum, { description: 'The rate.' }) key: ComplaintRateKey,
    @Arg('minCases', () => Int, { nullable: true, description: "Fewest cases in the rate's denominator to be ranked; the rate's own minimum when omitted." })
    minCases: number | undefined,
    @Arg('bestFirst', () => Boolean, { defaultValue: true, description: 'Best first (else worst first).' }) bestFirst: boolean,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many villages, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await unitInScope(ctx, orgUnitId);
    const min = minCases ?? COMPLAINT_RATES[key].minDenominator;
    if (min < 1) throw badInput('minCases', 'minCases must be at least 1', 'min', { min: 1 });
    return complaintRanking(ctx.em, ctx.scope, { unitId: unit.id, period: checkPeriod(period), key, minCases: min, bestFirst, limit: countOf('first', first) });
  }

  @Query(() => [ComplaintCaseloadType], { complexity: Cost.aggregate, description: 'Units with overdue or repeat cases, most overdue first.' })
  async complaintCaseload(
    @Arg('orgUnitId', () => ID, unitArg) orgUnitId: number,
    @Arg('period', () => PeriodInput, { description: 'Months whose intake and repeat cases are counted (open and overdue are as of now).' })
    period: PeriodInput,
    @Arg('breakdown', () => ComplaintBreakdown, { defaultValue: ComplaintBreakdown.VILLAGE, description: 'The units of the rows.' })
    breakdown: ComplaintBreakdown,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many units, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await unitInScope(ctx, orgUnitId);
    return complaintCaseload(ctx.em, ctx.scope, { unitId: unit.id, period: checkPeriod(period), breakdown, limit: countOf('first', first) });
  }

  @Query(() => ComplaintTopicReportType, {
    complexity: Cost.aggregate,
    description: 'Rising categories of a month and the proposed topic for the joint meeting (一月一题), with the figures behind them.',
  })
  async complaintTopics(
    @Arg('orgUnitId', () => ID, unitArg) orgUnitId: number,
    @Arg('month', () => MonthScalar, { nullable: true, description: 'The month; the last complete month when omitted.' }) month: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await unitInScope(ctx, orgUnitId);
    return complaintTopics(ctx.em, ctx.scope, unit, month ?? addMonths(currentMonth(), -1));
  }

  @Query(() => ComplaintOverviewType, {
    complexity: Cost.aggregate,
    description: 'The overview tile: open and overdue complaints, intake, petitions above county level and rising categories.',
  })
  async complaintOverview(@Arg('orgUnitId', () => ID, unitArg) orgUnitId: number, @Ctx() ctx: RequestContext) {
    return complaintOverview(ctx.em, ctx.scope, await unitInScope(ctx, orgUnitId));
  }

  @Query(() => [ComplaintTimeLimitType], { description: 'The time limits (限时办结制) in force in your county for every category and urgency.' })
  complaintTimeLimits(@Ctx() ctx: RequestContext) {
    return listTimeLimits(ctx.em, ctx.user);
  }

  @Authorized(...COMPLAINT_SUPERVISOR_ROLES, Role.Admin)
  @Mutation(() => ComplaintTimeLimitType, {
    description: "Sets the county's time limits for a category and urgency (county-wide users only); complaints already received keep their deadlines.",
  })
  setComplaintTimeLimit(
    @Arg('input', () => SetComplaintTimeLimitInput, { description: 'The limits.' }) input: SetComplaintTimeLimitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return setTimeLimit(ctx.em, ctx.user, input);
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Query(() => [ComplaintHandlerType], { description: "Users who may take over a village's complaints: active handlers whose scope includes the village." })
  async complaintHandlers(@Arg('villageId', () => ID, { description: 'The village.' }) villageId: number, @Ctx() ctx: RequestContext) {
    return complaintHandlers(ctx.em, await unitInScope(ctx, villageId));
  }
}

/** The `orgUnit` field of a figure row that carries `orgUnitId`, batched through the org-unit loader. */
function unitFieldResolver<T extends { orgUnitId: number }>(type: ClassType<T>) {
  @Resolver(() => type)
  class UnitFieldResolver {
    @FieldResolver(() => OrgUnitType, { description: 'The unit.' })
    orgUnit(@Root() row: T, @Ctx() ctx: RequestContext) {
      return orgUnitById(ctx).load(row.orgUnitId);
    }
  }
  return UnitFieldResolver;
}

export const ComplaintRateSummaryResolver = unitFieldResolver(ComplaintRateSummaryType);
export const ComplaintCaseloadResolver = unitFieldResolver(ComplaintCaseloadType);
export const ComplaintUnitCountResolver = unitFieldResolver(ComplaintUnitCountType);

@Resolver(() => ComplaintRankingEntryType)
export class ComplaintRankingEntryResolver {
  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() row: ComplaintRankingEntryType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(row.villageId);
  }
}
