import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { CadreType, cadreById } from '../cadres/index.js';
import { departmentById, DepartmentType } from '../departments/index.js';
import { refId } from '../org-units/index.js';
import type { AgendaItem } from './agenda.entity.js';
import { addAgendaItem, finaliseAgenda, recordMinutes, removeAgendaItem, reopenAgenda, reorderAgendaItems, updateAgendaItem } from './agenda.service.js';
import { actionItemById } from './meeting.loaders.js';
import { AddAgendaItemInput, RecordMinutesInput, UpdateAgendaItemInput } from './meeting.inputs.js';
import { MEETING_EDITOR_ROLES } from './meeting.resolver.js';
import { ActionItemType, AgendaItemType, MeetingType, ProposedAgendaItemType } from './meeting.type.js';

@Resolver(() => AgendaItemType)
export class AgendaItemResolver {
  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => AgendaItemType, { description: 'Adds an item to a draft agenda (CUSTOM); refused (CONFLICT) once the agenda is finalised.' })
  addAgendaItem(@Arg('input', () => AddAgendaItemInput, { description: 'The item.' }) input: AddAgendaItemInput, @Ctx() ctx: RequestContext) {
    return addAgendaItem(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => AgendaItemType, {
    description: 'Changes an item of a draft agenda: title, summary, section, presenter, proposed department; refused (CONFLICT) once finalised.',
  })
  updateAgendaItem(
    @Arg('id', () => ID, { description: 'The agenda item.' }) id: number,
    @Arg('input', () => UpdateAgendaItemInput, { description: 'The changes.' }) input: UpdateAgendaItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateAgendaItem(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => MeetingType, { description: 'Removes an item from a draft agenda; the rest close up. Refused (CONFLICT) once finalised.' })
  removeAgendaItem(@Arg('id', () => ID, { description: 'The agenda item.' }) id: number, @Ctx() ctx: RequestContext) {
    return removeAgendaItem(ctx.em, ctx.scope, ctx.user, Number(id));
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => MeetingType, { description: "Puts a draft agenda's items in the given order (every item exactly once)." })
  reorderAgendaItems(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: number,
    @Arg('itemIds', () => [ID], { description: 'Every item of the agenda, in the new order.' }) itemIds: number[],
    @Ctx() ctx: RequestContext,
  ) {
    return reorderAgendaItems(ctx.em, ctx.scope, ctx.user, Number(meetingId), itemIds.map(Number));
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => MeetingType, {
    description: 'Finalises the agenda: stores it as version `expectedVersion` and freezes it. CONFLICT when the version moved on or it is already final.',
  })
  finaliseAgenda(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: number,
    @Arg('expectedVersion', () => Int, { description: 'The agendaVersion the editor saw (guards against finalising someone else’s changes unseen).' })
    expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return finaliseAgenda(ctx.em, ctx.scope, ctx.user, Number(meetingId), expectedVersion);
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => MeetingType, {
    description: 'Reopens a finalised agenda for changes, with a reason; the next finalise stores a new version (the old one is kept).',
  })
  reopenAgenda(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: number,
    @Arg('reason', () => String, { description: 'Why the finalised agenda must change (5 to 500 characters).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return reopenAgenda(ctx.em, ctx.scope, ctx.user, Number(meetingId), reason);
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => MeetingType, {
    description: 'Records the minutes (会议纪要) of a meeting whose agenda is finalised, overall and per item; the meeting becomes MINUTED.',
  })
  recordMinutes(@Arg('input', () => RecordMinutesInput, { description: 'The minutes.' }) input: RecordMinutesInput, @Ctx() ctx: RequestContext) {
    return recordMinutes(ctx.em, ctx.scope, ctx.user, input);
  }

  @FieldResolver(() => CadreType, { nullable: true, description: 'Presenting cadre.' })
  presenterCadre(@Root() item: AgendaItem, @Ctx() ctx: RequestContext) {
    const id = refId(item.presenterCadre);
    return id == null ? null : cadreById(ctx).load(id);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: 'Presenting department.' })
  presenterDepartment(@Root() item: AgendaItem, @Ctx() ctx: RequestContext) {
    const id = refId(item.presenterDepartment);
    return id == null ? null : departmentById(ctx).load(id);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: 'Department proposed for coordination (部门协调).' })
  proposedDepartment(@Root() item: AgendaItem, @Ctx() ctx: RequestContext) {
    const id = refId(item.proposedDepartment);
    return id == null ? null : departmentById(ctx).load(id);
  }

  @FieldResolver(() => ActionItemType, { nullable: true, description: 'The open action item this item follows up.' })
  actionItem(@Root() item: AgendaItem, @Ctx() ctx: RequestContext) {
    return item.actionItemId == null ? null : actionItemById(ctx).load(item.actionItemId);
  }
}

@Resolver(() => ProposedAgendaItemType)
export class ProposedAgendaItemResolver {
  @FieldResolver(() => DepartmentType, { nullable: true, description: 'Department proposed for coordination (部门协调).' })
  proposedDepartment(@Root() item: ProposedAgendaItemType, @Ctx() ctx: RequestContext) {
    return item.proposedDepartmentId == null ? null : departmentById(ctx).load(item.proposedDepartmentId);
  }

  @FieldResolver(() => ActionItemType, { nullable: true, description: 'The open action item this item follows up.' })
  actionItem(@Root() item: ProposedAgendaItemType, @Ctx() ctx: RequestContext) {
    return item.actionItemId == null ? null : actionItemById(ctx).load(item.actionItemId);
  }
}
