import type { EntityManager } from '@mikro-orm/postgresql';
import {
  accountabilityEventNote,
  AccountabilityReason,
  badInput,
  ComplaintEventKind,
  ComplaintLevel,
  ComplaintStatus,
  DomainError,
  ErrorCode,
  notFound,
  refusal,
  Satisfaction,
  type RefusalReason,
} from '@township/shared';
import { page, type PageRequest } from '../../db/page.js';
import { queryOne, sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { audit, snapshot } from '../audit/index.js';
import { User } from '../users/index.js';
import { ComplaintAccountability } from './accountability.entity.js';
import type { Complaint } from './complaint.entity.js';
import { recordEvent } from './complaint-history.js';
import type { DecideAccountabilityInput, RecordAccountabilityInput } from './complaint.inputs.js';
import { getComplaint } from './complaint.service.js';
import { villagesUnder } from './complaint.sql.js';

/**
 * Who held the complaint at an instant: the last registration or hand-over at or before it. A
 * deadline that passed before the complaint was even registered (a letter registered late) falls
 * on whoever registered it.
 */
export async function ownerAt(tx: EntityManager, complaint: Complaint, instant: Date): Promise<number> {
  const row = await queryOne(
    tx,
    sql<{ owner_id: number | null }>`select e.to_owner_id as owner_id from complaint_event e
      where e.complaint_id = ${complaint.id} and e.to_owner_id is not null and e.at <= ${instant} order by e.at desc, e.id desc limit 1`,
  );
  return row?.owner_id ?? complaint.registeredBy.id;
}

const late = (done: Date | null | undefined, due: Date, now: Date) => (done ? done > due : now > due);

/** The rule a record lacks grounds by, and why in English. */
type NoGrounds = [reason: Extract<RefusalReason, `noGrounds${string}`>, why: string];

/**
 * Whether the facts bear the reason out; the rule and a message saying why not otherwise. Records are opened
 * only on cases that are overdue, were handled late or badly, or escalated.
 */
export function groundsFor(complaint: Complaint, reason: AccountabilityReason, now = new Date()): NoGrounds | null {
  const open = complaint.status !== ComplaintStatus.Closed;
  switch (reason) {
    case AccountabilityReason.LateAcceptance:
      return late(complaint.acceptedAt, complaint.acceptDueAt, now) ? null : ['noGroundsLateAcceptance', 'the complaint was accepted within its limit'];
    case AccountabilityReason.LateReply:
      return late(complaint.repliedAt, complaint.replyDueAt, now) ? null : ['noGroundsLateReply', 'the reply was (or is still) within its limit'];
    case AccountabilityReason.Overdue: {
      const overdue =
        open && ((complaint.status === ComplaintStatus.Received && now > complaint.acceptDueAt) || (!complaint.repliedAt && now > complaint.replyDueAt));
      return overdue ? null : ['noGroundsOverdue', 'the complaint is not overdue'];
    }
    case AccountabilityReason.PoorHandling:
      return complaint.satisfaction === Satisfaction.Dissatisfied || complaint.reopenCount > 0
        ? null
        : ['noGroundsPoorHandling', 'the complainant was not dissatisfied and the case was never reopened'];
    case AccountabilityReason.Escalation:
      return complaint.level !== ComplaintLevel.Township ? null : ['noGroundsEscalation', 'the matter has not gone beyond the township'];
  }
}

/** The instant the reason's failure happened, to find who was responsible then. */
function failedAt(complaint: Complaint, reason: AccountabilityReason): Date | null {
  if (reason === AccountabilityReason.LateAcceptance) return complaint.acceptDueAt;
  if (reason === AccountabilityReason.LateReply) return complaint.replyDueAt;
  if (reason === AccountabilityReason.Overdue)
    return complaint.status === ComplaintStatus.Received && complaint.acceptDueAt < complaint.replyDueAt ? complaint.acceptDueAt : complaint.replyDueAt;
  return null;
}

/**
 * Opens a record in the caller's transaction, against the owner when the failure happened (for
 * a missed deadline) or the current owner, with a timeline entry. `by` is null for the system.
 */
export async function openAccountability(
  tx: EntityManager,
  complaint: Complaint,
  reason: AccountabilityReason,
  note: string,
  by: Viewer | null,
): Promise<ComplaintAccountability> {
  const at = failedAt(complaint, reason);
  const responsibleId = at ? await ownerAt(tx, complaint, at) : complaint.owner.id;
  const record = tx.create(ComplaintAccountability, {
    countyId: complaint.countyId,
    complaint,
    responsible: tx.getReference(User, responsibleId),
    reason,
    note,
    recordedBy: by ? tx.getReference(User, by.userId) : null,
  });
  tx.persist(record);
  recordEvent(tx, complaint, by, { kind: ComplaintEventKind.Accountability, note: accountabilityEventNote(reason, note) });
  return record;
}

export async function recordAccountability(
  em: EntityManager,
  scope: Scope,
  viewer: Viewer,
  input: RecordAccountabilityInput,
): Promise<ComplaintAccountability> {
  return em.transactional(async (tx) => {
    const complaint = await getComplaint(tx, scope, Number(input.complaintId));
    const refused = groundsFor(complaint, input.reason);
    if (refused) throw badInput('input.reason', `No grounds for ${input.reason}: ${refused[1]}`, refused[0]);
    const pending = await tx.count(ComplaintAccountability, { complaint, reason: input.reason, measure: null });
    if (pending)
      throw new DomainError(
        ErrorCode.Conflict,
        `Complaint ${complaint.id} already has a ${input.reason} record awaiting a decision`,
        'input.reason',
        refusal('accountabilityPending', { id: complaint.id }),
      );
    const record = await openAccountability(tx, complaint, input.reason, input.note.trim(), viewer);
    await tx.flush();
    audit(tx, viewer, { action: 'recordComplaintAccountability', entityType: 'ComplaintAccountability', entityId: record.id, after: snapshot(record) });
    await tx.flush();
    return record;
  });
}

export async function decideAccountability(
  em: EntityManager,
  scope: Scope,
  viewer: Viewer,
  id: number,
  input: DecideAccountabilityInput,
): Promise<ComplaintAccountability> {
  return em.transactional(async (tx) => {
    const record = await tx.findOne(ComplaintAccountability, { id, complaint: { village: scope.where() } });
    if (!record) throw notFound('Accountability record', id);
    if (record.measure)
      throw new DomainError(ErrorCode.Conflict, `Accountability record ${id} was already decided (${record.measure})`, 'id', refusal('alreadyDecided', { id }));
    const before = snapshot(record);
    tx.assign(record, {
      measure: input.measure,
      decisionNote: input.note?.trim() || null,
      decidedBy: tx.getReference(User, viewer.userId),
      decidedAt: new Date(),
    });
    audit(tx, viewer, { action: 'decideComplaintAccountability', entityType: 'ComplaintAccountability', entityId: record.id, before, after: snapshot(record) });
    await tx.flush();
    return record;
  });
}

/** Accountability records of complaints in scope (and in a unit), newest first; optionally only those awaiting a decision. */
export async function listAccountability(em: EntityManager, scope: Scope, args: PageRequest & { orgUnitId?: number | null; pending?: boolean | null }) {
  const where = [villagesUnder('v', scope, args.orgUnitId)];
  if (args.pending != null) where.push(args.pending ? sql`a.measure is null` : sql`a.measure is not null`);
  return page<Record<string, unknown>, ComplaintAccountability>(
    em,
    args,
    {
      select: sql`a.*`,
      from: sql`complaint_accountability a join complaint c on c.id = a.complaint_id join org_unit v on v.id = c.village_id`,
      where: sql.and(where),
      keyset: [
        { by: sql`a.recorded_at`, desc: true },
        { by: sql`a.id`, desc: true },
      ],
    },
    (rows) => rows.map((row) => em.map(ComplaintAccountability, row)),
  );
}
