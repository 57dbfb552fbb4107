import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type AssessmentGrade, type RewardRecipient, type RewardStatus } from '@township/shared';
import { Cost } from '../../../graphql/cost.js';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs } from '../../../graphql/connection.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { orgUnitById, VillageType } from '../../org-units/index.js';
import { AssessmentGradeEnum, RewardRecipientEnum, RewardStatusEnum } from '../assessment.enums.js';
import { ASSESSOR_ROLES } from '../schemes/scheme.resolver.js';
import { markRewardPaid } from './mark-paid.service.js';
import { listRewards, rewardTotals } from './reward.query.js';

@ObjectType('Reward', { description: 'A reward or penalty on an annual result (兑现奖惩), for the village or its stationed cadre (同奖同罚).' })
export class RewardType {
  villageId!: number;
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => Int, { description: 'Year of the result.' }) year!: number;
  @Field(() => AssessmentGradeEnum, { description: 'Grade it rewards or penalises.' }) grade!: AssessmentGrade;
  @Field(() => RewardRecipientEnum, { description: 'Village or stationed cadre.' }) recipient!: RewardRecipient;
  @Field(() => String, { nullable: true, description: 'Name of the stationed cadre (CADRE rows).' }) cadreName!: string | null;
  @Field(() => Int, { description: 'Yuan; negative for a penalty.' }) amount!: number;
  @Field(() => DateScalar, { description: 'Due by (end of February of the next year).' }) dueOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When it was paid.' }) paidOn!: string | null;
  @Field(() => RewardStatusEnum, { description: 'Paid, due, or overdue (unpaid after the due date).' }) status!: RewardStatus;
}

@ObjectType('RewardTotal', { description: 'Rewards and penalties of one status.' })
export class RewardTotalType {
  @Field(() => RewardStatusEnum, { description: 'The status.' }) status!: RewardStatus;
  @Field(() => Int, { description: 'Rows.' }) count!: number;
  @Field(() => Int, { description: 'Rewards, yuan.' }) rewards!: number;
  @Field(() => Int, { description: 'Penalties, yuan (as a positive sum).' }) penalties!: number;
}

const RewardConnection = Connection(RewardType, 'Reward', 'A page of rewards and penalties.');

@Resolver(() => RewardType)
export class RewardResolver {
  @Query(() => RewardConnection, { description: 'Rewards and penalties of a year’s results in your scope: overdue first, then due, then paid.' })
  async assessmentRewards(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { description: 'Year of the results.' }) year: number,
    @Arg('status', () => RewardStatusEnum, { nullable: true, description: 'Only this status.' }) status: RewardStatus | undefined,
    @Arg('townshipId', () => ID, { nullable: true, description: 'Only villages of this township.' }) townshipId: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listRewards(ctx.em, ctx.scope, { ...page, year, status, townshipId });
  }

  @Query(() => [RewardTotalType], {
    complexity: Cost.aggregate,
    description: 'What has been paid, what is due and what is overdue for a year’s results in your scope.',
  })
  async rewardTotals(@Arg('year', () => Int, { description: 'Year of the results.' }) year: number, @Ctx() ctx: RequestContext) {
    return rewardTotals(ctx.em, ctx.scope, year);
  }

  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() reward: RewardType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(reward.villageId);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => ID, { description: 'Records that a reward or penalty was paid (兑现); returns its id.' })
  markRewardPaid(
    @Arg('id', () => ID, { description: 'The reward.' }) id: number,
    @Arg('paidOn', () => DateScalar, { description: 'Date paid; not in the future.' }) paidOn: string,
    @Ctx() ctx: RequestContext,
  ) {
    return markRewardPaid(ctx.em, ctx.scope, ctx.user, Number(id), paidOn);
  }
}
