import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@township/shared';
import { Cost } from '../../graphql/cost.js';
import type { RequestContext } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { CadreType, cadreById } from '../cadres/index.js';
import { departmentById, DepartmentType } from '../departments/index.js';
import { orgUnitById, TownshipType } from '../org-units/index.js';
import { getActionItem, listActionItems, updateActionItem } from './action-item.service.js';
import { supervisionBulletin } from './bulletin.service.js';
import { ActionItemFilter, UpdateActionItemInput } from './meeting.inputs.js';
import { decisionById, meetingById, updatesByActionItem } from './meeting.loaders.js';
import { MEETING_EDITOR_ROLES } from './meeting.resolver.js';
import { ActionItemType, ActionItemUpdateType, DecisionType, MeetingType, SupervisionBulletinType } from './meeting.type.js';

const ActionItemConnection = Connection(ActionItemType, 'ActionItem', 'A page of action items: overdue first (most overdue first), then by deadline.');

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Query(() => ActionItemConnection, { description: 'Action items of the townships in your scope, filtered by township, meeting, owner, status or overdue.' })
  async actionItems(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActionItemFilter, { nullable: true, description: 'Conditions.' }) filter: ActionItemFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listActionItems(ctx.em, ctx.scope, filter ?? {}, page);
  }

  @Query(() => ActionItemType, { description: 'One action item of a township in your scope.' })
  actionItem(@Arg('id', () => ID, { description: 'The action item id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getActionItem(ctx.em, ctx.scope, Number(id));
  }

  @Query(() => SupervisionBulletinType, {
    complexity: Cost.aggregate,
    description:
      "The supervision bulletin (督查通报) of a township's action items for a meeting month: counts by status, overdue items, items done since the last meeting.",
  })
  supervisionBulletin(
    @Arg('townshipId', () => ID, { description: 'A township in your scope.' }) townshipId: number,
    @Arg('month', () => MonthScalar, { description: 'The meeting month, `YYYY-MM`.' }) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return supervisionBulletin(ctx.em, ctx.scope, Number(townshipId), month);
  }

  @Authorized(...MEETING_EDITOR_ROLES, Role.Department)
  @Mutation(() => ActionItemType, {
    description:
      "Reports progress on an action item (progress, status, comment, next review); kept in the item's history. Department users may report only on items a department owns.",
  })
  updateActionItem(
    @Arg('id', () => ID, { description: 'The action item.' }) id: number,
    @Arg('input', () => UpdateActionItemInput, { description: 'The report.' }) input: UpdateActionItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateActionItem(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }

  @FieldResolver(() => CadreType, { nullable: true, description: 'Owning cadre.' })
  ownerCadre(@Root() item: ActionItemType, @Ctx() ctx: RequestContext) {
    return item.ownerCadreId == null ? null : cadreById(ctx).load(item.ownerCadreId);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: 'Owning department.' })
  ownerDepartment(@Root() item: ActionItemType, @Ctx() ctx: RequestContext) {
    return item.ownerDepartmentId == null ? null : departmentById(ctx).load(item.ownerDepartmentId);
  }

  @FieldResolver(() => TownshipType, { description: 'The township.' })
  township(@Root() item: ActionItemType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(item.townshipId);
  }

  @FieldResolver(() => MeetingType, { description: 'The meeting that decided it.' })
  meeting(@Root() item: ActionItemType, @Ctx() ctx: RequestContext) {
    return meetingById(ctx).load(item.meetingId);
  }

  @FieldResolver(() => DecisionType, { description: 'The decision it follows up.' })
  decision(@Root() item: ActionItemType, @Ctx() ctx: RequestContext) {
    return decisionById(ctx).load(item.decisionId);
  }

  @FieldResolver(() => [ActionItemUpdateType], { description: 'Progress reports, oldest first.' })
  updates(@Root() item: ActionItemType, @Ctx() ctx: RequestContext) {
    return updatesByActionItem(ctx).load(item.id);
  }
}
