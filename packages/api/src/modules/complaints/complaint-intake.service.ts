import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  ComplaintEventKind,
  ComplaintLevel,
  ComplaintStatus,
  deadlinesFor,
  DUPLICATE_WINDOW_DAYS,
  normaliseIdNumber,
  normalisePhone,
  VILLAGE_KINDS,
} from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { countyIdOf, OrgUnit } from '../org-units/index.js';
import { User } from '../users/index.js';
import { personFor } from './complainant-match.js';
import { Complaint } from './complaint.entity.js';
import { auditComplaint, recordEvent } from './complaint-history.js';
import type { RegisterComplaintInput } from './complaint.inputs.js';
import { workCalendarFrom } from '../calendar/index.js';
import { limitsFor } from './time-limits.service.js';
import { petitionRaised } from './veto.js';

const MAX_BACKDATE_DAYS = 90;
const DAY_MS = 86_400_000;

/** The input checked and normalised as a whole, before anything is written. */
function checkIntake(input: RegisterComplaintInput, now: Date) {
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000)
    throw badInput('input.receivedAt', 'receivedAt must not be in the future', 'dateInFuture', { date: receivedAt.toISOString(), today: now.toISOString() });
  if (receivedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * DAY_MS)
    throw badInput('input.receivedAt', `receivedAt must be within the last ${MAX_BACKDATE_DAYS} days`, 'backdatedTooFar', { days: MAX_BACKDATE_DAYS });
  const description = input.description.trim();
  if (description.length < 5) throw badInput('input.description', 'description must be 5 to 2,000 characters', 'isLength', { min: 5, max: 2000 });
  const phoneText = input.complainantPhone?.trim();
  const phone = phoneText ? normalisePhone(phoneText) : null;
  if (phoneText && !phone)
    throw badInput('input.complainantPhone', 'complainantPhone must be a mobile (11 digits starting with 1) or a landline with area code', 'invalidPhone');
  const idText = input.complainantIdNumber?.trim();
  const idNumber = idText ? normaliseIdNumber(idText) : null;
  if (idText && !idNumber)
    throw badInput(
      'input.complainantIdNumber',
      'complainantIdNumber must be an 18-character resident ID number with a correct birth date and check character',
      'invalidIdNumber',
    );
  return { receivedAt, description, phone, idNumber, name: input.complainantName?.trim() || null };
}

/**
 * Registers a complaint: the registering user owns it (首问责任制), its deadlines are fixed from the
 * time limits in force, it joins its person's file (一人一档) and is flagged when the same person
 * raised the same matter about the same village in the last few days. One transaction, audited;
 * one registered above county level tells the petition listeners (the assessment's veto) in it.
 */
export async function registerComplaint(em: EntityManager, scope: Scope, viewer: Viewer, input: RegisterComplaintInput): Promise<Complaint> {
  const checked = checkIntake(input, new Date());
  return em.transactional(async (tx) => {
    const village = await tx.findOne(OrgUnit, { id: Number(input.villageId), kind: { $in: [...VILLAGE_KINDS] }, ...scope.where() });
    if (!village) throw badInput('input.villageId', `Village ${input.villageId} does not exist or is outside your scope`, 'notFound', { id: input.villageId });
    const countyId = countyIdOf(village.path);
    const limits = await limitsFor(tx, countyId, input.category, input.urgency);
    const calendar = await workCalendarFrom(tx, checked.receivedAt);
    const complainant = await personFor(tx, countyId, { phone: checked.phone, idNumber: checked.idNumber });
    const duplicateOf = complainant
      ? await tx.findOne(
          Complaint,
          {
            complainant,
            category: input.category,
            village,
            receivedAt: { $gte: new Date(checked.receivedAt.getTime() - DUPLICATE_WINDOW_DAYS * DAY_MS), $lte: checked.receivedAt },
          },
          { orderBy: { receivedAt: 'desc' } },
        )
      : null;
    const me = tx.getReference(User, viewer.userId);
    const complaint = tx.create(Complaint, {
      countyId,
      townshipId: village.parent!.id,
      village,
      channel: input.channel,
      category: input.category,
      urgency: input.urgency,
      level: input.level,
      description: checked.description,
      complainant,
      complainantName: checked.name,
      complainantPhone: checked.phone,
      complainantIdNumber: checked.idNumber,
      owner: me,
      registeredBy: me,
      receivedAt: checked.receivedAt,
      ...deadlinesFor(checked.receivedAt, limits, calendar),
      duplicateOf,
    });
    await tx.flush();
    recordEvent(tx, complaint, viewer, {
      kind: ComplaintEventKind.Registered,
      toStatus: ComplaintStatus.Received,
      toOwnerId: viewer.userId,
      level: input.level,
      note: duplicateOf ? `possible duplicate of complaint ${duplicateOf.id}` : null,
    });
    auditComplaint(tx, viewer, 'registerComplaint', complaint, null);
    await tx.flush();
    if (complaint.level === ComplaintLevel.AboveCounty) await petitionRaised(tx, { villageId: village.id, receivedAt: complaint.receivedAt });
    return complaint;
  });
}
