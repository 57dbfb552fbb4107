import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isOverdue, type ComplaintAction } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { orgUnitById, refId, TownshipType, VillageType } from '../org-units/index.js';
import type { Complaint } from './complaint.entity.js';
import { ComplaintActionEnum } from './complaint.enums.js';
import { ComplaintFilter, ComplaintOrder } from './complaint.inputs.js';
import { accountabilityByComplaint, complaintById, eventsByComplaint, handlerById, personStats } from './complaint.loaders.js';
import { getComplaint, listComplaints } from './complaint.service.js';
import {
  ComplainantType,
  ComplaintAccountabilityType,
  ComplaintConnection,
  ComplaintEventType,
  ComplaintHandlerType,
  ComplaintType,
} from './complaint.type.js';
import { maskIdentity, seesIdentity } from './identity.js';
import { allowedActions } from './permissions.js';
import { fileAsSeen } from './complainant.resolver.js';

const IDENTITY_NOTE = 'Personal data: shown to leaders, office staff and the complaint’s owner; masked for everyone else.';

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Query(() => ComplaintConnection, { description: 'Complaints of villages in your scope, filtered and paged; newest first unless ordered otherwise.' })
  async complaints(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ComplaintFilter, { nullable: true, description: 'Conditions the complaints must meet.' }) filter: ComplaintFilter | undefined,
    @Arg('orderBy', () => ComplaintOrder, { nullable: true, description: 'Sort order.' }) orderBy: ComplaintOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listComplaints(ctx.em, ctx.scope, ctx.user, { ...page, filter, orderBy });
  }

  @Query(() => ComplaintType, { description: 'One complaint of a village in your scope; NOT_FOUND otherwise.' })
  complaint(@Arg('id', () => ID, { description: 'The complaint id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getComplaint(ctx.em, ctx.scope, Number(id));
  }

  @FieldResolver(() => VillageType, { description: 'The village the matter concerns.' })
  village(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(c.village)!);
  }

  @FieldResolver(() => TownshipType, { description: 'The township of that village.' })
  township(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(c.townshipId);
  }

  @FieldResolver(() => ComplaintHandlerType, { description: 'Who holds the case now (首问责任制: the registrant until they hand it over).' })
  owner(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return handlerById(ctx).load(c.owner.id);
  }

  @FieldResolver(() => ComplaintHandlerType, { description: 'Who registered it (the first contact).' })
  registeredBy(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return handlerById(ctx).load(c.registeredBy.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the complainant gave no name, phone or ID number.' })
  anonymous(@Root() c: Complaint) {
    return !c.complainantName && !c.complainantPhone && !c.complainantIdNumber;
  }

  @FieldResolver(() => Boolean, { description: "Whether you see the complainant's identity unmasked (leaders, office staff, the owner)." })
  identityVisible(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return seesIdentity(ctx.user, c.owner.id);
  }

  @FieldResolver(() => String, { nullable: true, description: `The complainant's name. ${IDENTITY_NOTE}` })
  complainantName(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return identity(ctx, c, 'name', c.complainantName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The complainant's phone (normalised digits). ${IDENTITY_NOTE} Masked values keep only the length.`,
  })
  complainantPhone(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return identity(ctx, c, 'phone', c.complainantPhone);
  }

  @FieldResolver(() => String, { nullable: true, description: `The complainant's resident ID number. ${IDENTITY_NOTE} Masked values keep only the length.` })
  complainantIdNumber(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return identity(ctx, c, 'idNumber', c.complainantIdNumber);
  }

  @FieldResolver(() => ComplainantType, { nullable: true, description: "The complainant's file (一人一档) with all their complaints; null when anonymous." })
  async complainant(@Root() c: Complaint, @Ctx() ctx: RequestContext): Promise<ComplainantType | null> {
    return c.complainant ? fileAsSeen(ctx, c.complainant.id) : null;
  }

  @FieldResolver(() => Int, { description: 'How many complaints of this person you can see (1 for an anonymous one).' })
  async complainantComplaintCount(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return c.complainant ? ((await personStats(ctx).load(c.complainant.id))?.count ?? 1) : 1;
  }

  @FieldResolver(() => Boolean, { description: 'True when the same person has other complaints you can see (a repeat complainant).' })
  async repeat(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return (await this.complainantComplaintCount(c, ctx)) > 1;
  }

  @FieldResolver(() => ComplaintType, {
    nullable: true,
    description: 'The earlier complaint this may duplicate (same person, category and village within a few days), flagged at intake.',
  })
  duplicateOf(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return c.duplicateOf ? complaintById(ctx).load(c.duplicateOf.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its acceptance deadline (while RECEIVED) or its reply deadline (until REPLIED).' })
  overdue(@Root() c: Complaint) {
    return isOverdue(c);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether it was accepted by the deadline; null while not accepted and still within it.' })
  acceptedOnTime(@Root() c: Complaint) {
    return onTime(c.acceptedAt, c.acceptDueAt);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the (latest) reply came by the deadline; null while not replied and still within it.' })
  repliedOnTime(@Root() c: Complaint) {
    return onTime(c.repliedAt, c.replyDueAt);
  }

  @FieldResolver(() => [ComplaintEventType], { description: 'The timeline: every step with who and when, oldest first.' })
  events(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return eventsByComplaint(ctx).load(c.id);
  }

  @FieldResolver(() => [ComplaintAccountabilityType], { description: 'Accountability records (责任追究) opened on this complaint.' })
  accountability(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return accountabilityByComplaint(ctx).load(c.id);
  }

  @FieldResolver(() => [ComplaintActionEnum], { description: 'The steps you may take now (by its status and your part in the case).' })
  allowedActions(@Root() c: Complaint, @Ctx() ctx: RequestContext): ComplaintAction[] {
    return allowedActions(ctx.user, c);
  }
}

function identity(ctx: RequestContext, c: Complaint, kind: 'name' | 'phone' | 'idNumber', value: string | null | undefined): string | null {
  if (!value) return null;
  return seesIdentity(ctx.user, c.owner.id) ? value : maskIdentity(kind, value);
}

function onTime(done: Date | null | undefined, due: Date): boolean | null {
  if (done) return done <= due;
  return new Date() > due ? false : null;
}
