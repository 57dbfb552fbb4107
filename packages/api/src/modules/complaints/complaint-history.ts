import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/viewer.js';
import { audit, snapshot } from '../audit/index.js';
import { User } from '../users/index.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import type { Complaint } from './complaint.entity.js';

type EventFields = Pick<ComplaintEvent, 'kind'> &
  Partial<Pick<ComplaintEvent, 'at' | 'fromStatus' | 'toStatus' | 'note' | 'satisfaction' | 'resolved' | 'level'>> & {
    fromOwnerId?: number | null;
    toOwnerId?: number | null;
  };

/** Adds an entry to the complaint's timeline in the caller's unit of work (committed with the change). */
export function recordEvent(tx: EntityManager, complaint: Complaint, actor: Viewer | null, fields: EventFields): ComplaintEvent {
  const { fromOwnerId, toOwnerId, ...rest } = fields;
  const user = (id: number | null | undefined) => (id != null ? tx.getReference(User, id) : null);
  const event = tx.create(ComplaintEvent, {
    complaint,
    countyId: complaint.countyId,
    actor: user(actor?.userId),
    fromOwner: user(fromOwnerId),
    toOwner: user(toOwnerId),
    ...rest,
  });
  tx.persist(event);
  return event;
}

/**
 * The audit copy of a complaint: everything but the complainant's identity, which the audit
 * trail's readers (administrators) do not handle; it says only which parts were given.
 */
export function complaintSnapshot(complaint: Complaint | null): Record<string, unknown> | null {
  const copy = snapshot(complaint);
  if (!copy || !complaint) return copy;
  delete copy.complainantName;
  delete copy.complainantPhone;
  delete copy.complainantIdNumber;
  copy.complainantGiven = { name: !!complaint.complainantName, phone: !!complaint.complainantPhone, idNumber: !!complaint.complainantIdNumber };
  return copy;
}

export function auditComplaint(tx: EntityManager, viewer: Viewer, action: string, complaint: Complaint, before: Record<string, unknown> | null): void {
  audit(tx, viewer, { action, entityType: 'Complaint', entityId: complaint.id, before, after: complaintSnapshot(complaint) });
}
