import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { COMPLAINT_HANDLER_ROLES, ComplaintAction, type ComplaintLevel } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { ComplaintLevelEnum } from './complaint.enums.js';
import { FollowUpInput, RegisterComplaintInput } from './complaint.inputs.js';
import { registerComplaint } from './complaint-intake.service.js';
import { takeStep, type StepPayload } from './complaint-steps.service.js';
import { ComplaintType } from './complaint.type.js';

const idArg = { description: 'The complaint id.' };
const noteArg = { nullable: true, description: 'A remark for the timeline.' };

/** Every step of a complaint's handling, from intake to close. Each is one transaction with its timeline entry and audit record. */
@Resolver(() => ComplaintType)
export class ComplaintStepResolver {
  private step(ctx: RequestContext, id: number, action: ComplaintAction, payload: StepPayload = {}) {
    return takeStep(ctx.em, ctx.scope, ctx.user, Number(id), action, payload);
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, {
    description: 'Registers a complaint; you own it until you hand it over (首问责任制). Deadlines are fixed from the time limits in force.',
  })
  registerComplaint(
    @Arg('input', () => RegisterComplaintInput, { description: 'The complaint as taken in.' }) input: RegisterComplaintInput,
    @Ctx() ctx: RequestContext,
  ) {
    return registerComplaint(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, { description: 'Accepts a RECEIVED complaint (受理). Owner only; after the deadline an accountability record is opened.' })
  acceptComplaint(@Arg('id', () => ID, idArg) id: number, @Arg('note', () => String, noteArg) note: string | undefined, @Ctx() ctx: RequestContext) {
    return this.step(ctx, id, ComplaintAction.Accept, { note });
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, { description: 'Starts handling an ACCEPTED complaint (办理中). Owner only.' })
  startComplaint(@Arg('id', () => ID, idArg) id: number, @Arg('note', () => String, noteArg) note: string | undefined, @Ctx() ctx: RequestContext) {
    return this.step(ctx, id, ComplaintAction.Start, { note });
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, {
    description: 'Records the reply given to the complainant (答复). Owner only; after the deadline an accountability record is opened.',
  })
  replyToComplaint(
    @Arg('id', () => ID, idArg) id: number,
    @Arg('reply', () => String, { description: 'The reply, 2 to 2,000 characters.' }) reply: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.step(ctx, id, ComplaintAction.Reply, { note: reply });
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, {
    description: "Records the follow-up call (回访) on a REPLIED complaint: the complainant's satisfaction and whether the problem is solved. Owner only.",
  })
  followUpComplaint(
    @Arg('id', () => ID, idArg) id: number,
    @Arg('input', () => FollowUpInput, { description: 'What the call found.' }) input: FollowUpInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.step(ctx, id, ComplaintAction.FollowUp, { followUp: input, note: input.note });
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, { description: 'Closes a REPLIED complaint (办结); it needs a follow-up call first. Owner only.' })
  closeComplaint(@Arg('id', () => ID, idArg) id: number, @Arg('note', () => String, noteArg) note: string | undefined, @Ctx() ctx: RequestContext) {
    return this.step(ctx, id, ComplaintAction.Close, { note });
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, {
    description: 'Reopens a REPLIED or CLOSED complaint (back to IN_PROGRESS, with a new reply deadline). Owner, leaders and office staff.',
  })
  reopenComplaint(
    @Arg('id', () => ID, idArg) id: number,
    @Arg('reason', () => String, { description: 'Why it is reopened.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.step(ctx, id, ComplaintAction.Reopen, { note: reason });
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, {
    description:
      'Hands an open complaint over to another handler who can see its village; the hand-over and its reason go on the timeline. Owner, leaders and office staff.',
  })
  handOverComplaint(
    @Arg('id', () => ID, idArg) id: number,
    @Arg('toUserId', () => ID, { description: 'The new owner (see complaintHandlers).' }) toUserId: number,
    @Arg('reason', () => String, { description: 'Why it is handed over.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.step(ctx, id, ComplaintAction.HandOver, { toUserId: Number(toUserId), note: reason });
  }

  @Authorized(...COMPLAINT_HANDLER_ROLES)
  @Mutation(() => ComplaintType, {
    description:
      'Records that the matter went to a higher level (越级). ABOVE_COUNTY vetoes the village’s assessment (its computed results of the quarter and year of receipt are recomputed at once) and opens an accountability record.',
  })
  escalateComplaint(
    @Arg('id', () => ID, idArg) id: number,
    @Arg('level', () => ComplaintLevelEnum, { description: 'The level reached; only ever higher.' }) level: ComplaintLevel,
    @Arg('note', () => String, noteArg) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.step(ctx, id, ComplaintAction.Escalate, { level, note });
  }
}
