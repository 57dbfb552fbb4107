import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AccountabilityReason,
  badInput,
  COMPLAINT_HANDLER_ROLES,
  COMPLAINT_LEVEL_ORDER,
  COMPLAINT_STEPS,
  ComplaintAction,
  ComplaintLevel,
  DomainError,
  dueAt,
  ErrorCode,
  refusal,
  ESCALATION_NOTE,
  forbidden,
  latenessNote,
  notFound,
  Satisfaction,
  statusAfter,
} from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { OrgUnit } from '../org-units/index.js';
import { User } from '../users/index.js';
import { openAccountability } from './accountability.service.js';
import { Complaint } from './complaint.entity.js';
import { auditComplaint, complaintSnapshot, recordEvent } from './complaint-history.js';
import type { FollowUpInput } from './complaint.inputs.js';
import { workCalendarFrom } from '../calendar/index.js';
import { limitsFor } from './time-limits.service.js';
import { mayTake } from './permissions.js';
import { petitionRaised } from './veto.js';

/** What a step carries besides the complaint id; each action reads its own part. */
export interface StepPayload {
  note?: string | null;
  followUp?: FollowUpInput;
  toUserId?: number;
  level?: ComplaintLevel;
}

/** Checks the step's own input before the transaction: lengths, required parts. Returns the trimmed note. */
function checkPayload(action: ComplaintAction, payload: StepPayload): string | null {
  const note = payload.note?.trim() || null;
  const required: Partial<Record<ComplaintAction, string>> = { REPLY: 'reply', HAND_OVER: 'reason', REOPEN: 'reason' };
  const field = required[action] ?? 'note';
  if (required[action] && (!note || note.length < 2)) throw badInput(field, `${field} is required (at least 2 characters)`, 'noteRequired', { min: 2 });
  if (note && note.length > 2000) throw badInput(field, `${field} must be at most 2,000 characters`, 'maxLength', { max: 2000 });
  if (action === ComplaintAction.FollowUp) {
    const { satisfaction, resolved } = payload.followUp!;
    if (satisfaction !== Satisfaction.Unreachable && resolved == null)
      throw badInput('input.resolved', 'say whether the problem is solved (resolved), unless the complainant was unreachable', 'sayIfResolved');
    if (satisfaction === Satisfaction.Unreachable && resolved != null)
      throw badInput('input.resolved', 'an unreachable complainant cannot say whether the problem is solved', 'unreachableNotResolved');
  }
  return note;
}

async function lockComplaint(tx: EntityManager, scope: Scope, id: number): Promise<Complaint> {
  const complaint = await tx.findOne(Complaint, { id, village: scope.where() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!complaint) throw notFound('Complaint', id);
  return complaint;
}

/** Refuses a step the status or the viewer's part in the case does not allow, with a coded error. */
async function checkAllowed(tx: EntityManager, viewer: Viewer, complaint: Complaint, action: ComplaintAction) {
  if (!statusAfter(complaint.status, action)) {
    throw new DomainError(
      ErrorCode.Conflict,
      `Cannot ${action} complaint ${complaint.id}: it is ${complaint.status}, and ${action} is allowed only from ${COMPLAINT_STEPS[action].from.join(', ')}`,
      'id',
      refusal('stepNotAllowed', { id: complaint.id }),
    );
  }
  if (!mayTake(viewer, complaint.owner.id, action)) {
    const owner = await tx.findOneOrFail(User, complaint.owner.id);
    throw forbidden(
      `Only the owner of complaint ${complaint.id} (${owner.displayName}) may ${action} it; have it handed over to you first`,
      'complaintOwnerOnly',
      { id: complaint.id, owner: owner.displayName },
    );
  }
}

/** The new owner must handle complaints and see the complaint's village. */
async function checkNewOwner(tx: EntityManager, complaint: Complaint, toUserId: number): Promise<User> {
  const user = await tx.findOne(User, { id: toUserId, active: true }, { populate: ['scope'] });
  if (!user || !COMPLAINT_HANDLER_ROLES.includes(user.role))
    throw badInput('toUserId', `User ${toUserId} does not exist or does not handle complaints`, 'notComplaintHandler', { userId: toUserId });
  if (user.id === complaint.owner.id) throw badInput('toUserId', 'the complaint is already theirs', 'alreadyTheirs');
  const village = await tx.findOneOrFail(OrgUnit, complaint.village.id);
  if (!village.path.startsWith(user.scope.path))
    throw badInput('toUserId', `${user.displayName} cannot see ${village.name}`, 'userCannotSeeVillage', { user: user.displayName, village: village.name });
  return user;
}

/**
 * Takes one step on a complaint in one transaction: checks the status machine and first-contact
 * responsibility, applies the change, adds the timeline entry, opens an accountability record
 * when a deadline was missed, and audits it. An escalation above county level tells the
 * petition listeners (the assessment's veto) in the same transaction.
 */
export async function takeStep(
  em: EntityManager,
  scope: Scope,
  viewer: Viewer,
  id: number,
  action: ComplaintAction,
  payload: StepPayload = {},
): Promise<Complaint> {
  const note = checkPayload(action, payload);
  return em.transactional(async (tx) => {
    const complaint = await lockComplaint(tx, scope, id);
    await checkAllowed(tx, viewer, complaint, action);
    const before = complaintSnapshot(complaint);
    const fromStatus = complaint.status;
    const now = new Date();
    const event: Parameters<typeof recordEvent>[3] = { kind: action, fromStatus, toStatus: statusAfter(fromStatus, action), note };
    let missed: [AccountabilityReason, string] | null = null;

    switch (action) {
      case ComplaintAction.Accept:
        complaint.acceptedAt = now;
        if (now > complaint.acceptDueAt) missed = [AccountabilityReason.LateAcceptance, latenessNote(complaint.acceptDueAt, now)];
        break;
      case ComplaintAction.Reply:
        complaint.repliedAt = now;
        complaint.reply = note;
        if (now > complaint.replyDueAt) missed = [AccountabilityReason.LateReply, latenessNote(complaint.replyDueAt, now)];
        break;
      case ComplaintAction.FollowUp: {
        const { satisfaction, resolved } = payload.followUp!;
        Object.assign(complaint, { followedUpAt: now, satisfaction, resolved: resolved ?? null });
        Object.assign(event, { satisfaction, resolved: resolved ?? null });
        break;
      }
      case ComplaintAction.Close:
        if (!complaint.followedUpAt)
          throw new DomainError(
            ErrorCode.Conflict,
            `Complaint ${complaint.id} needs a follow-up call (回访) before it is closed`,
            'id',
            refusal('followUpBeforeClose', { id: complaint.id }),
          );
        complaint.closedAt = now;
        break;
      case ComplaintAction.Reopen: {
        const limits = await limitsFor(tx, complaint.countyId, complaint.category, complaint.urgency);
        // A reopened case is a new round: the reply, follow-up and close of the last one stay in the timeline only.
        Object.assign(complaint, {
          repliedAt: null,
          reply: null,
          followedUpAt: null,
          satisfaction: null,
          resolved: null,
          closedAt: null,
          replyDueAt: dueAt(now, limits.reply, await workCalendarFrom(tx, now)),
        });
        complaint.reopenCount += 1;
        break;
      }
      case ComplaintAction.HandOver: {
        const to = await checkNewOwner(tx, complaint, Number(payload.toUserId));
        Object.assign(event, { fromOwnerId: complaint.owner.id, toOwnerId: to.id });
        complaint.owner = to;
        break;
      }
      case ComplaintAction.Escalate: {
        const level = payload.level!;
        if (COMPLAINT_LEVEL_ORDER.indexOf(level) <= COMPLAINT_LEVEL_ORDER.indexOf(complaint.level))
          throw badInput('level', `the complaint has already reached ${complaint.level}; a level only rises`, 'levelOnlyRises');
        complaint.level = level;
        event.level = level;
        if (level === ComplaintLevel.AboveCounty) missed = [AccountabilityReason.Escalation, ESCALATION_NOTE];
        break;
      }
    }
    complaint.status = statusAfter(fromStatus, action)!;
    recordEvent(tx, complaint, viewer, event);
    if (missed) await openAccountability(tx, complaint, missed[0], missed[1], null);
    auditComplaint(tx, viewer, `${camel(action)}Complaint`, complaint, before);
    await tx.flush();
    if (action === ComplaintAction.Escalate && complaint.level === ComplaintLevel.AboveCounty) {
      await petitionRaised(tx, { villageId: complaint.village.id, receivedAt: complaint.receivedAt });
    }
    return complaint;
  });
}

const camel = (action: ComplaintAction) => action.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
