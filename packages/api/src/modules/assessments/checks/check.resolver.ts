import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CheckKind } from '@township/shared';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs } from '../../../graphql/connection.js';
import { MonthScalar } from '../../../graphql/scalars.js';
import { orgUnitById, refId, VillageType } from '../../org-units/index.js';
import { CheckKindEnum } from '../assessment.enums.js';
import { ASSESSOR_ROLES } from '../schemes/scheme.resolver.js';
import { AssessmentSchemeType } from '../schemes/scheme.type.js';
import { schemeById } from '../schemes/scheme.loaders.js';
import type { CheckRound } from './check.entity.js';
import { CreateCheckRoundInput, DrawSpotCheckInput, RecordAdjustmentInput, RecordCheckValuesInput, RecordVetoEventInput } from './check.inputs.js';
import { checkRoundById, checkValues } from './check.loaders.js';
import { listRounds, listSamples, listVetoEvents } from './check.query.js';
import { createCheckRound, drawSpotCheck, recordAdjustment, recordCheckValues, recordVetoEvent } from './check.service.js';
import { CheckRoundType, CheckSampleType, CheckValueType, VetoEventType } from './check.type.js';

const CheckRoundConnection = Connection(CheckRoundType, 'CheckRound', 'A page of check rounds.');
const CheckSampleConnection = Connection(CheckSampleType, 'CheckSample', 'A page of spot-check samples.');
const VetoEventConnection = Connection(VetoEventType, 'VetoEvent', 'A page of veto events.');

@Resolver(() => CheckRoundType)
export class CheckRoundResolver {
  @Query(() => CheckRoundConnection, { description: 'Check rounds of the schemes you may read, newest first.' })
  async checkRounds(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { nullable: true, description: 'Only rounds of this year’s schemes.' }) year: number | undefined,
    @Arg('kind', () => CheckKindEnum, { nullable: true, description: 'Only routine or only spot checks.' }) kind: CheckKind | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listRounds(ctx.em, ctx.scope, { ...page, year, kind });
  }

  @FieldResolver(() => MonthScalar, { description: 'Month the round was held.' })
  month(@Root() round: CheckRound) {
    return String(round.month).slice(0, 7);
  }

  @FieldResolver(() => AssessmentSchemeType, { description: 'The scheme checked against.' })
  scheme(@Root() round: CheckRound, @Ctx() ctx: RequestContext) {
    return schemeById(ctx).load(refId(round.scheme)!);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => CheckRoundType, { description: 'Opens a routine check round (平时考核).' })
  createCheckRound(@Arg('input', () => CreateCheckRoundInput, { description: 'The round.' }) input: CreateCheckRoundInput, @Ctx() ctx: RequestContext) {
    return createCheckRound(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => CheckRoundType, {
    description: 'Draws a spot check (现抽点): stratified by township, reproducible from its stored seed, nothing excluded by hand.',
  })
  drawSpotCheck(@Arg('input', () => DrawSpotCheckInput, { description: 'The draw.' }) input: DrawSpotCheckInput, @Ctx() ctx: RequestContext) {
    return drawSpotCheck(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => CheckRoundType, {
    description: 'Records qualitative grades (with reasons) or spot-checked values for one village; its results are recomputed.',
  })
  recordCheckValues(@Arg('input', () => RecordCheckValuesInput, { description: 'The findings.' }) input: RecordCheckValuesInput, @Ctx() ctx: RequestContext) {
    return recordCheckValues(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => VetoEventType, { description: 'Records a veto event (一票否决) by hand; the village’s results are recomputed.' })
  async recordVetoEvent(
    @Arg('input', () => RecordVetoEventInput, { description: 'The event.' }) input: RecordVetoEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VetoEventType> {
    const event = await recordVetoEvent(ctx.em, ctx.scope, ctx.user, input);
    return {
      id: event.id,
      villageId: event.village.id,
      kind: event.kind,
      occurredOn: input.occurredOn,
      summary: event.summary,
      evidence: event.evidence,
      recordedBy: event.recordedBy,
      recordedAt: event.recordedAt,
    };
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => Int, { description: 'Records a bonus or deduction entry; returns its id. The village’s results are recomputed.' })
  async recordAdjustment(@Arg('input', () => RecordAdjustmentInput, { description: 'The entry.' }) input: RecordAdjustmentInput, @Ctx() ctx: RequestContext) {
    return (await recordAdjustment(ctx.em, ctx.scope, ctx.user, input)).id;
  }
}

@Resolver(() => CheckSampleType)
export class CheckSampleResolver {
  @Query(() => CheckSampleConnection, { description: 'Spot-check samples of villages in your scope, largest discrepancy (瞒漏错报) first.' })
  async spotCheckSamples(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('roundId', () => ID, { nullable: true, description: 'Only this round.' }) roundId: number | undefined,
    @Arg('year', () => Int, { nullable: true, description: 'Only rounds held in this year.' }) year: number | undefined,
    @Arg('discrepantOnly', () => Boolean, { defaultValue: false, description: 'Only samples with a discrepancy.' }) discrepantOnly: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return listSamples(ctx.em, ctx.scope, { ...page, roundId, year, discrepantOnly });
  }

  @FieldResolver(() => VillageType, { description: 'The village drawn.' })
  village(@Root() sample: CheckSampleType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(sample.villageId);
  }

  @FieldResolver(() => CheckRoundType, { description: 'The round.' })
  round(@Root() sample: CheckSampleType, @Ctx() ctx: RequestContext) {
    return checkRoundById(ctx).load(sample.roundId);
  }

  @FieldResolver(() => [CheckValueType], { description: 'What was verified, item by item.' })
  values(@Root() sample: CheckSampleType, @Ctx() ctx: RequestContext) {
    return checkValues(ctx).load(`${sample.roundId}:${sample.villageId}`);
  }
}

@Resolver(() => VetoEventType)
export class VetoEventResolver {
  @Query(() => VetoEventConnection, { description: 'Veto events recorded for villages in your scope, newest first.' })
  async vetoEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { nullable: true, description: 'Only events of this year.' }) year: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listVetoEvents(ctx.em, ctx.scope, { ...page, year });
  }

  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() event: VetoEventType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(event.villageId);
  }
}
