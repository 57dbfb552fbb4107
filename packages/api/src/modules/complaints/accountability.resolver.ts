import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { COMPLAINT_SUPERVISOR_ROLES, Role } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import type { ComplaintAccountability } from './accountability.entity.js';
import { decideAccountability, listAccountability, recordAccountability } from './accountability.service.js';
import { DecideAccountabilityInput, RecordAccountabilityInput } from './complaint.inputs.js';
import { complaintById, handlerById } from './complaint.loaders.js';
import { ComplaintAccountabilityConnection, ComplaintAccountabilityType, ComplaintHandlerType, ComplaintType } from './complaint.type.js';

@Resolver(() => ComplaintAccountabilityType)
export class ComplaintAccountabilityResolver {
  @Query(() => ComplaintAccountabilityConnection, { description: 'Accountability records (责任追究) on complaints in your scope, newest first.' })
  async complaintAccountabilities(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orgUnitId', () => ID, { nullable: true, description: 'Only complaints of villages in this unit.' }) orgUnitId: number | undefined,
    @Arg('pending', () => Boolean, { nullable: true, description: 'True: only records awaiting a decision; false: only decided ones.' })
    pending: boolean | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listAccountability(ctx.em, ctx.scope, { ...page, orgUnitId: orgUnitId != null ? Number(orgUnitId) : null, pending });
  }

  @Authorized(...COMPLAINT_SUPERVISOR_ROLES)
  @Mutation(() => ComplaintAccountabilityType, {
    description: 'Opens an accountability record on an overdue, late, badly handled or escalated complaint, against whoever held it when it went wrong.',
  })
  recordComplaintAccountability(
    @Arg('input', () => RecordAccountabilityInput, { description: 'The complaint and the reason.' }) input: RecordAccountabilityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordAccountability(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(Role.Leader)
  @Mutation(() => ComplaintAccountabilityType, { description: 'Decides the measure on an accountability record. Leaders only; once.' })
  decideComplaintAccountability(
    @Arg('id', () => ID, { description: 'The record id.' }) id: number,
    @Arg('input', () => DecideAccountabilityInput, { description: 'The decision.' }) input: DecideAccountabilityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return decideAccountability(ctx.em, ctx.scope, ctx.user, Number(id), input);
  }

  @FieldResolver(() => ComplaintHandlerType, { description: 'Who is held responsible: the owner when the failure happened.' })
  responsible(@Root() a: ComplaintAccountability, @Ctx() ctx: RequestContext) {
    return handlerById(ctx).load(a.responsible.id);
  }

  @FieldResolver(() => ComplaintHandlerType, { nullable: true, description: 'Who opened it; null when the system did (a step taken after its deadline).' })
  recordedBy(@Root() a: ComplaintAccountability, @Ctx() ctx: RequestContext) {
    return a.recordedBy ? handlerById(ctx).load(a.recordedBy.id) : null;
  }

  @FieldResolver(() => ComplaintHandlerType, { nullable: true, description: 'The leader who decided the measure.' })
  decidedBy(@Root() a: ComplaintAccountability, @Ctx() ctx: RequestContext) {
    return a.decidedBy ? handlerById(ctx).load(a.decidedBy.id) : null;
  }

  @FieldResolver(() => ComplaintType, { description: 'The complaint concerned.' })
  complaint(@Root() a: ComplaintAccountability, @Ctx() ctx: RequestContext) {
    return complaintById(ctx).load(a.complaint.id);
  }
}
