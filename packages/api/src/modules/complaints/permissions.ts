import { COMPLAINT_HANDLER_ROLES, COMPLAINT_SUPERVISOR_ROLES, ComplaintAction, actionsFor, type ComplaintStatus } from '@township/shared';
import type { Viewer } from '../../graphql/viewer.js';

/**
 * First-contact responsibility: the owner takes every step of their case. Supervisors (leaders,
 * office staff) may reassign a case, reopen it or record an escalation, but to accept, reply or
 * close it they must take it over first, so the timeline always names who was responsible.
 */
const OWNER_ONLY: readonly ComplaintAction[] = [
  ComplaintAction.Accept,
  ComplaintAction.Start,
  ComplaintAction.Reply,
  ComplaintAction.FollowUp,
  ComplaintAction.Close,
];

export function mayTake(viewer: Viewer, ownerId: number, action: ComplaintAction): boolean {
  if (!COMPLAINT_HANDLER_ROLES.includes(viewer.role)) return false;
  if (viewer.userId === ownerId) return true;
  return !OWNER_ONLY.includes(action) && COMPLAINT_SUPERVISOR_ROLES.includes(viewer.role);
}

/** The steps the viewer may take now: allowed by the status and by their part in the case. */
export function allowedActions(viewer: Viewer, complaint: { status: ComplaintStatus; owner: { id: number } }): ComplaintAction[] {
  return actionsFor(complaint.status).filter((action) => mayTake(viewer, complaint.owner.id, action));
}
