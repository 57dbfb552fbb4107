import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { badInput, notFound, type AssessmentGrade, type RewardRecipient, type RewardStatus } from '@township/shared';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs, selects, toPage } from '../../../graphql/connection.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { audit, snapshot } from '../../audit/index.js';
import { orgUnitById, VillageType } from '../../org-units/index.js';
import { AssessmentGradeEnum, RewardRecipientEnum, RewardStatusEnum } from '../assessment.enums.js';
import { sqlPage } from '../paging.js';
import { ASSESSOR_ROLES } from '../schemes/scheme.resolver.js';
import { sql } from '../sql.js';
import { Reward } from './reward.entity.js';

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

const STATUS_SQL = `case when w.paid_on is not null then 'PAID' when current_date > w.due_on then 'OVERDUE' else 'DUE' end`;

function rewardWhere(ctx: RequestContext, year: number, status?: RewardStatus, townshipId?: number): [string, unknown[]] {
  const [scopeSql, scopeParams] = ctx.scope.sql('v');
  const where = [scopeSql, 'w.year = ?'];
  const params: unknown[] = [...scopeParams, year];
  if (status) { where.push(`${STATUS_SQL} = ?`); params.push(status); }
  if (townshipId != null) { where.push('v.parent_id = ?'); params.push(Number(townshipId)); }
  return [`from assessment_reward w join org_unit v on v.id = w.village_id left join cadre c on c.id = w.cadre_id where ${where.join(' and ')}`, params];
}

@Resolver(() => RewardType)
export class RewardResolver {
  @Query(() => RewardConnection, { description: 'Rewards and penalties of a year’s results in your scope: overdue first, then due, then paid.' })
  async assessmentRewards(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { description: 'Year of the results.' }) year: number,
    @Arg('status', () => RewardStatusEnum, { nullable: true, description: 'Only this status.' }) status: RewardStatus | undefined,
    @Arg('townshipId', () => ID, { nullable: true, description: 'Only villages of this township.' }) townshipId: number | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const [from, params] = rewardWhere(ctx, year, status, townshipId);
    const { rows, totalCount } = await sqlPage<Record<string, unknown>>(ctx.em,
      `w.*, to_char(w.due_on, 'YYYY-MM-DD') as due, to_char(w.paid_on, 'YYYY-MM-DD') as paid, c.name as cadre_name, ${STATUS_SQL} as status`,
      from, `case ${STATUS_SQL} when 'OVERDUE' then 0 when 'DUE' then 1 else 2 end, v.code, w.recipient desc`, params, page, selects(info, 'totalCount'));
    return toPage(rows.map((r): RewardType => ({
      id: Number(r.id), villageId: Number(r.village_id), year: Number(r.year), grade: r.grade as AssessmentGrade, recipient: r.recipient as RewardRecipient,
      cadreName: (r.cadre_name as string | null) ?? null, amount: Number(r.amount), dueOn: String(r.due), paidOn: (r.paid as string | null) ?? null, status: r.status as RewardStatus,
    })), page, totalCount);
  }

  @Query(() => [RewardTotalType], { description: 'What has been paid, what is due and what is overdue for a year’s results in your scope.' })
  async rewardTotals(@Arg('year', () => Int, { description: 'Year of the results.' }) year: number, @Ctx() ctx: RequestContext) {
    const [from, params] = rewardWhere(ctx, year);
    const rows = await sql<{ status: RewardStatus; n: string; rewards: string | null; penalties: string | null }>(ctx.em,
      `select ${STATUS_SQL} as status, count(*) as n, sum(w.amount) filter (where w.amount > 0) as rewards, -sum(w.amount) filter (where w.amount < 0) as penalties
       ${from} group by 1`, params);
    return (['PAID', 'DUE', 'OVERDUE'] as const).map((s) => {
      const row = rows.find((r) => r.status === s);
      return { status: s, count: Number(row?.n ?? 0), rewards: Number(row?.rewards ?? 0), penalties: Number(row?.penalties ?? 0) };
    });
  }

  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() reward: RewardType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(reward.villageId);
  }

  @Authorized(...ASSESSOR_ROLES)
  @Mutation(() => ID, { description: 'Records that a reward or penalty was paid (兑现); returns its id.' })
  async markRewardPaid(
    @Arg('id', () => ID, { description: 'The reward.' }) id: number,
    @Arg('paidOn', () => DateScalar, { description: 'Date paid; not in the future.' }) paidOn: string,
    @Ctx() ctx: RequestContext,
  ) {
    if (paidOn > new Date().toISOString().slice(0, 10)) throw badInput('paidOn', `paidOn ${paidOn} is in the future`);
    return ctx.em.transactional(async (tx) => {
      const reward = await tx.findOne(Reward, { id: Number(id), village: ctx.scope.where() });
      if (!reward) throw notFound('Reward', id);
      if (reward.paidOn) throw badInput('id', `reward ${id} was already paid on ${reward.paidOn}`);
      const before = snapshot(reward);
      reward.paidOn = paidOn;
      reward.paidBy = ctx.user.username;
      audit(tx, ctx.user, { action: 'markRewardPaid', entityType: 'Reward', entityId: reward.id, before, after: snapshot(reward) });
      await tx.flush();
      return reward.id;
    });
  }
}
