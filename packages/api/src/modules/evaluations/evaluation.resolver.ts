import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  DesignationKind,
  EVALUATION_RULE,
  EvaluatorGroup,
  FollowUpChange,
  followUpChange,
  rectificationStatus,
  SURVEY_RUNNER_ROLES,
  type RectificationStatus,
} from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { CadreType } from '../cadres/index.js';
import { orgUnitById, OrgUnitType, refId } from '../org-units/index.js';
import type { EvaluationDesignation } from './evaluation-designation.entity.js';
import type { EvaluationRound } from './evaluation-round.entity.js';
import { DesignationKindEnum, RectificationStatusEnum } from './evaluation.enums.js';
import { CreateEvaluationRoundInput, DesignateEvaluationResultInput, RecordEvaluationVotesInput, UpdateHelpTargetInput } from './evaluation.inputs.js';
import { designationsByRound, evaluatedCadre, nextRoundId, resultsByRound, roundById } from './evaluation.loaders.js';
import { createRound, designateResult, getRound, listRounds, recordVotes, updateHelpTarget } from './evaluation.service.js';
import { EvaluationDesignationType, EvaluationFollowUpType, EvaluationResultType, EvaluationRoundType, EvaluatorGroupCountType } from './evaluation.type.js';

export const EvaluationRoundConnection = Connection(EvaluationRoundType, 'EvaluationRound', 'A page of evaluation rounds, newest first.');

const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => EvaluationRoundType)
export class EvaluationRoundResolver {
  @Query(() => EvaluationRoundConnection, { description: 'Evaluation rounds held by units in your scope, newest first.' })
  async evaluationRounds(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { nullable: true, description: 'Only rounds of this year.' }) year: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listRounds(ctx.em, ctx.scope, { ...page, year });
  }

  @Query(() => EvaluationRoundType, { description: 'One evaluation round held in your scope.' })
  evaluationRound(@Arg('id', () => ID, { description: 'The round id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getRound(ctx.em, ctx.scope, Number(id));
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => EvaluationRoundType, { description: 'Opens an evaluation round with the staff to evaluate.' })
  createEvaluationRound(
    @Arg('input', () => CreateEvaluationRoundInput, { description: 'The round.' }) input: CreateEvaluationRoundInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createRound(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => EvaluationRoundType, { description: 'Records counted ballots of a round (before its result is designated).' })
  recordEvaluationVotes(
    @Arg('input', () => RecordEvaluationVotesInput, { description: 'The ballots.' }) input: RecordEvaluationVotesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordVotes(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => EvaluationRoundType, {
    description: 'Makes the bottom three help targets (重点帮促对象) with a rectification deadline and the top three service models (服务标兵).',
  })
  designateEvaluationResult(
    @Arg('input', () => DesignateEvaluationResultInput, { description: 'Round, deadline and plan.' }) input: DesignateEvaluationResultInput,
    @Ctx() ctx: RequestContext,
  ) {
    return designateResult(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => EvaluationDesignationType, { description: "Updates a help target's rectification: plan, deadline, note, or the day it was done." })
  updateHelpTarget(
    @Arg('id', () => ID, { description: 'The help target (designation) id.' }) id: number,
    @Arg('input', () => UpdateHelpTargetInput, { description: 'The changes.' }) input: UpdateHelpTargetInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateHelpTarget(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The township or county that held it.' })
  orgUnit(@Root() round: EvaluationRound, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(round.orgUnit)!);
  }

  @FieldResolver(() => EvaluationRoundType, { nullable: true, description: 'The round this one follows up.' })
  previousRound(@Root() round: EvaluationRound, @Ctx() ctx: RequestContext) {
    const id = refId(round.previousRound);
    return id == null ? null : roundById(ctx).load(id);
  }

  @FieldResolver(() => [EvaluationResultType], { description: 'Every person evaluated, best first (unranked people without ballots last).' })
  results(@Root() round: EvaluationRound, @Ctx() ctx: RequestContext) {
    return resultsByRound(ctx).load(round.id);
  }

  @FieldResolver(() => Int, { description: 'Ballots cast in the round.' })
  async votes(@Root() round: EvaluationRound, @Ctx() ctx: RequestContext) {
    return (await resultsByRound(ctx).load(round.id)).reduce((sum, r) => sum + r.votes, 0);
  }

  @FieldResolver(() => [EvaluatorGroupCountType], { description: 'Ballots by evaluator group (上评下与下评上).' })
  async votesByGroup(@Root() round: EvaluationRound, @Ctx() ctx: RequestContext) {
    const results = await resultsByRound(ctx).load(round.id);
    return Object.values(EvaluatorGroup).map((group) => ({
      group,
      votes: results.reduce((sum, r) => sum + r.votesByGroup.find((g) => g.group === group)!.votes, 0),
    }));
  }

  @FieldResolver(() => [EvaluationDesignationType], { description: 'Help targets and service models designated by this round, by rank.' })
  designations(@Root() round: EvaluationRound, @Ctx() ctx: RequestContext) {
    return designationsByRound(ctx).load(round.id);
  }

  @FieldResolver(() => [EvaluationDesignationType], { description: "The previous round's help targets, each with how they fared in this round." })
  async previousHelpTargets(@Root() round: EvaluationRound, @Ctx() ctx: RequestContext) {
    const id = refId(round.previousRound);
    if (id == null) return [];
    return (await designationsByRound(ctx).load(id)).filter((d) => d.kind === DesignationKind.HelpTarget);
  }

  @FieldResolver(() => String, { description: 'The rule behind scores, bad votes, ranks and designations.' })
  rule() {
    return EVALUATION_RULE;
  }
}

@Resolver(() => EvaluationResultType)
export class EvaluationResultResolver {
  @FieldResolver(() => CadreType, { description: 'The person.' })
  cadre(@Root() result: EvaluationResultType, @Ctx() ctx: RequestContext) {
    return evaluatedCadre(ctx).load(result.cadreId);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit the person belongs to.' })
  async unit(@Root() result: EvaluationResultType, @Ctx() ctx: RequestContext) {
    const cadre = await evaluatedCadre(ctx).load(result.cadreId);
    return orgUnitById(ctx).load(refId(cadre!.unit)!);
  }

  @FieldResolver(() => DesignationKindEnum, { nullable: true, description: 'HELP_TARGET or SERVICE_MODEL when the round designated the person.' })
  async designation(@Root() result: EvaluationResultType, @Ctx() ctx: RequestContext) {
    return (await designationsByRound(ctx).load(result.roundId)).find((d) => d.cadre.id === result.cadreId)?.kind ?? null;
  }
}

@Resolver(() => EvaluationDesignationType)
export class EvaluationDesignationResolver {
  @FieldResolver(() => CadreType, { description: 'The person.' })
  cadre(@Root() designation: EvaluationDesignation, @Ctx() ctx: RequestContext) {
    return evaluatedCadre(ctx).load(designation.cadre.id);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit the person belongs to.' })
  async unit(@Root() designation: EvaluationDesignation, @Ctx() ctx: RequestContext) {
    const cadre = await evaluatedCadre(ctx).load(designation.cadre.id);
    return orgUnitById(ctx).load(refId(cadre!.unit)!);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The rectification plan (整改方案). Only for those who run evaluations.' })
  plan(@Root() designation: EvaluationDesignation, @Ctx() ctx: RequestContext) {
    return SURVEY_RUNNER_ROLES.includes(ctx.user.role) ? (designation.plan ?? null) : null;
  }

  @FieldResolver(() => RectificationStatusEnum, {
    nullable: true,
    description: 'Rectification today (help targets): in progress, rectified, or overdue after the deadline.',
  })
  status(@Root() designation: EvaluationDesignation): RectificationStatus | null {
    if (designation.kind !== DesignationKind.HelpTarget || !designation.deadline) return null;
    return rectificationStatus(designation.rectifiedOn != null, designation.deadline, today());
  }

  @FieldResolver(() => EvaluationFollowUpType, {
    nullable: true,
    description: 'How the person fared in the next round (e.g. 12 bad votes → 1); null until there is one.',
  })
  async followUp(@Root() designation: EvaluationDesignation, @Ctx() ctx: RequestContext): Promise<EvaluationFollowUpType | null> {
    const next = await nextRoundId(ctx).load(designation.round.id);
    if (next == null) return null;
    const result = (await resultsByRound(ctx).load(next)).find((r) => r.cadreId === designation.cadre.id);
    if (!result) return null;
    const change = followUpChange(designation.badVotes, result.badVotes);
    return { roundId: next, badVotes: result.badVotes, score: result.score, rank: result.rank, change, improved: change === FollowUpChange.Improved };
  }
}
