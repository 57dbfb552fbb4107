import { COMPLAINT_LEVEL_ORDER, type ComplaintAction, type ComplaintLevel, type Satisfaction } from '@township/shared';

/** What the step dialog asks for each action, and the variables it sends. Pure, so it is tested. */
export interface StepForm {
  note: string;
  satisfaction: Satisfaction | null;
  resolved: boolean | null;
  toUserId: string | null;
  level: ComplaintLevel | null;
}

export const EMPTY_STEP_FORM: StepForm = { note: '', satisfaction: null, resolved: null, toUserId: null, level: null };

/** The note is the reply for REPLY and the reason for REOPEN and HAND_OVER: then it is required. */
export const NOTE_ROLE: Record<ComplaintAction, 'note' | 'reply' | 'reason'> = {
  ACCEPT: 'note',
  START: 'note',
  REPLY: 'reply',
  FOLLOW_UP: 'note',
  CLOSE: 'note',
  REOPEN: 'reason',
  HAND_OVER: 'reason',
  ESCALATE: 'note',
};

/** The first missing piece, by field name, or null when the form can be sent. */
export function missingField(action: ComplaintAction, form: StepForm): 'reply' | 'reason' | 'satisfaction' | 'resolved' | 'toUser' | 'level' | null {
  const role = NOTE_ROLE[action];
  if (role !== 'note' && form.note.trim().length < 2) return role;
  if (action === 'FOLLOW_UP' && !form.satisfaction) return 'satisfaction';
  if (action === 'FOLLOW_UP' && form.satisfaction !== 'UNREACHABLE' && form.resolved == null) return 'resolved';
  if (action === 'HAND_OVER' && !form.toUserId) return 'toUser';
  if (action === 'ESCALATE' && !form.level) return 'level';
  return null;
}

/** Levels a complaint can still be raised to. */
export const levelsAbove = (level: ComplaintLevel) => COMPLAINT_LEVEL_ORDER.slice(COMPLAINT_LEVEL_ORDER.indexOf(level) + 1);

/** The mutation variables of the step. */
export function stepVariables(action: ComplaintAction, id: string, form: StepForm): Record<string, unknown> {
  const note = form.note.trim() || null;
  switch (action) {
    case 'REPLY':
      return { id, reply: note };
    case 'REOPEN':
      return { id, reason: note };
    case 'HAND_OVER':
      return { id, toUserId: form.toUserId, reason: note };
    case 'ESCALATE':
      return { id, level: form.level, note };
    case 'FOLLOW_UP':
      return { id, input: { satisfaction: form.satisfaction, resolved: form.satisfaction === 'UNREACHABLE' ? null : form.resolved, note } };
    default:
      return { id, note };
  }
}
