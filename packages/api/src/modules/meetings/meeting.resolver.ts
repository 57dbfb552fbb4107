import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EDITOR_ROLES } from '@township/shared';
import { Cost } from '../../graphql/cost.js';
import type { RequestContext } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { CadreType, cadreById } from '../cadres/index.js';
import { orgUnitById, refId, TownshipType } from '../org-units/index.js';
import type { AgendaVersion } from './agenda.entity.js';
import type { Meeting } from './meeting.entity.js';
import { MeetingFilter, CreateMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';
import { agendaByMeeting, attendeesByMeeting, decisionsByMeeting, versionsByMeeting } from './meeting.loaders.js';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from './meeting.service.js';
import { agendaDraftFor } from './draft/draft.service.js';
import { nextMeeting } from './next-meeting.service.js';
import { AgendaDraftType, AgendaItemType, AgendaVersionType, DecisionType, MeetingAttendeeType, MeetingType, NextMeetingType } from './meeting.type.js';

const MeetingConnection = Connection(MeetingType, 'Meeting', 'A page of joint meetings, newest month first.');

/** Leaders and office staff prepare and record the meeting. */
export const MEETING_EDITOR_ROLES = EDITOR_ROLES;

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Joint meetings (联席会议) of the townships in your scope, newest month first.' })
  async meetings(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MeetingFilter, { nullable: true, description: 'Township, months, state.' }) filter: MeetingFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listMeetings(ctx.em, ctx.scope, filter ?? {}, page);
  }

  @Query(() => MeetingType, { description: 'One meeting of a township in your scope.' })
  meeting(@Arg('id', () => ID, { description: 'The meeting id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getMeeting(ctx.em, ctx.scope, Number(id));
  }

  @Query(() => AgendaDraftType, {
    complexity: Cost.report,
    description: "The agenda draft of a township's meeting for a month, computed live from the month's data (nothing is saved).",
  })
  draftAgenda(
    @Arg('townshipId', () => ID, { description: 'A township in your scope.' }) townshipId: number,
    @Arg('month', () => MonthScalar, { description: 'The meeting month, `YYYY-MM`.' }) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return agendaDraftFor(ctx.em, ctx.scope, Number(townshipId), month);
  }

  @Query(() => NextMeetingType, {
    complexity: Cost.aggregate,
    description: "A township's next joint meeting: month, top items and the action items to follow up (for the overview).",
  })
  nextMeeting(
    @Arg('townshipId', () => ID, { description: 'A township in your scope.' }) townshipId: number,
    @Arg('top', () => Int, { defaultValue: 5, description: 'How many top items, 1 to 20.' }) top: number,
    @Ctx() ctx: RequestContext,
  ) {
    return nextMeeting(ctx.em, ctx.scope, Number(townshipId), top);
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => MeetingType, {
    description: "Creates a township's meeting for a month; its agenda is seeded from the live draft, open action items included.",
  })
  createMeeting(@Arg('input', () => CreateMeetingInput, { description: 'The meeting.' }) input: CreateMeetingInput, @Ctx() ctx: RequestContext) {
    return createMeeting(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => MeetingType, { description: "Changes a meeting's date, chair or attendees." })
  updateMeeting(
    @Arg('id', () => ID, { description: 'The meeting.' }) id: number,
    @Arg('input', () => UpdateMeetingInput, { description: 'The changes.' }) input: UpdateMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateMeeting(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }

  @FieldResolver(() => TownshipType, { description: 'The township.' })
  township(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(meeting.township)!);
  }

  @FieldResolver(() => CadreType, { nullable: true, description: 'The chairing cadre.' })
  chair(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    const id = refId(meeting.chair);
    return id == null ? null : cadreById(ctx).load(id);
  }

  @FieldResolver(() => [MeetingAttendeeType], { description: 'Attendees: cadres, then departments.' })
  attendees(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return attendeesByMeeting(ctx).load(meeting.id);
  }

  @FieldResolver(() => [AgendaItemType], { description: 'The agenda in order.' })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return agendaByMeeting(ctx).load(meeting.id);
  }

  @FieldResolver(() => [DecisionType], { description: 'Decisions, in the order recorded.' })
  decisions(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return decisionsByMeeting(ctx).load(meeting.id);
  }

  @FieldResolver(() => [AgendaVersionType], { description: 'Finalised versions of the agenda, newest first.' })
  agendaVersions(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<AgendaVersion[]> {
    return versionsByMeeting(ctx).load(meeting.id);
  }
}
