import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, type AppealKind, type AppealStatus, type AssessmentGrade } from '@township/shared';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs } from '../../../graphql/connection.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { orgUnitById, VillageType } from '../../org-units/index.js';
import { AppealKindEnum, AppealStatusEnum, AssessmentGradeEnum } from '../assessment.enums.js';
import type { Appeal } from './appeal.entity.js';
import { DecideAppealInput, FileAppealInput } from './appeal.inputs.js';
import { decideAppeal, fileAppeal, listAppeals } from './appeal.service.js';

@ObjectType('Appeal', { description: 'A village’s appeal against a veto or a grade, and the leader’s decision.' })
export class AppealType {
  villageId!: number;
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { description: 'Period of the contested result.' }) period!: string;
  @Field(() => AppealKindEnum, { description: 'Veto or grade.' }) kind!: AppealKind;
  @Field(() => String, { description: 'The village’s reasons.' }) reason!: string;
  @Field(() => [String], { description: 'Veto evidence contested (source keys).' }) evidence!: string[];
  @Field(() => String, { description: 'Who filed it.' }) filedBy!: string;
  @Field(() => DateTimeScalar, { description: 'When.' }) filedAt!: Date;
  @Field(() => AppealStatusEnum, { description: 'Pending, upheld or rejected.' }) status!: AppealStatus;
  @Field(() => String, { nullable: true, description: 'The leader who decided.' }) decidedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was decided.' }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The decision’s reason.' }) decision!: string | null;
  @Field(() => AssessmentGradeEnum, { nullable: true, description: 'Grade fixed by an upheld grade appeal.' }) newGrade!: AssessmentGrade | null;
}

const AppealConnection = Connection(AppealType, 'Appeal', 'A page of appeals.');

@Resolver(() => AppealType)
export class AppealResolver {
  @Query(() => AppealConnection, { description: 'Appeals of villages in your scope, pending first.' })
  async assessmentAppeals(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => AppealStatusEnum, { nullable: true, description: 'Only this status.' }) status: AppealStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listAppeals(ctx.em, ctx.scope, page, status, (appeal) => toAppeal(appeal));
  }

  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() appeal: AppealType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(appeal.villageId);
  }

  @Authorized(Role.Village, Role.Leader, Role.Office)
  @Mutation(() => AppealType, { description: 'Files a village’s appeal against the veto or the grade of a result.' })
  async fileAppeal(@Arg('input', () => FileAppealInput, { description: 'The appeal.' }) input: FileAppealInput, @Ctx() ctx: RequestContext) {
    return toAppeal(await fileAppeal(ctx.em, ctx.scope, ctx.user, input));
  }

  @Authorized(Role.Leader)
  @Mutation(() => AppealType, { description: 'Decides an appeal (leaders only); the village’s results are recomputed with the decision.' })
  async decideAppeal(
    @Arg('id', () => ID, { description: 'The appeal.' }) id: number,
    @Arg('input', () => DecideAppealInput, { description: 'The decision.' }) input: DecideAppealInput,
    @Ctx() ctx: RequestContext,
  ) {
    return toAppeal(await decideAppeal(ctx.em, ctx.scope, ctx.user, Number(id), input));
  }
}

function toAppeal(a: Appeal): AppealType {
  return {
    id: a.id,
    villageId: a.village.id,
    period: a.period,
    kind: a.kind,
    reason: a.reason,
    evidence: a.evidence,
    filedBy: a.filedBy,
    filedAt: a.filedAt,
    status: a.status,
    decidedBy: a.decidedBy ?? null,
    decidedAt: a.decidedAt ?? null,
    decision: a.decision ?? null,
    newGrade: a.newGrade ?? null,
  };
}
