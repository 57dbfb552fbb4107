import type { RecordDecisionInput } from '@/gql/graphql';
import { participantIds, type ParticipantKey } from './useParticipants';

export interface ActionRow {
  title: string;
  owner: ParticipantKey | '';
  deadline: string;
  nextReviewOn: string;
}

export interface DecisionForm {
  agendaItemId: string;
  text: string;
  actions: ActionRow[];
}

export const emptyActionRow = (): ActionRow => ({ title: '', owner: '', deadline: '', nextReviewOn: '' });

/**
 * The first thing missing, as the message key of its field and the row it is in (null for the
 * decision itself); null when the form can be sent. A task needs what it, an owner and a deadline.
 */
export function decisionFormProblem(form: DecisionForm): { field: 'text' | 'actionTitle' | 'owner' | 'deadline'; row: number | null } | null {
  if (!form.text.trim()) return { field: 'text', row: null };
  for (const [row, action] of form.actions.entries()) {
    if (!action.title.trim()) return { field: 'actionTitle', row };
    if (!action.owner) return { field: 'owner', row };
    if (!action.deadline) return { field: 'deadline', row };
  }
  return null;
}

/** The mutation's input from a complete form. */
export function decisionInput(meetingId: string, form: DecisionForm): RecordDecisionInput {
  return {
    meetingId,
    agendaItemId: form.agendaItemId || null,
    text: form.text.trim(),
    actionItems: form.actions.map((a) => ({
      title: a.title.trim(),
      deadline: a.deadline,
      nextReviewOn: a.nextReviewOn || null,
      ...participantIds(a.owner, 'ownerCadreId', 'ownerDepartmentId'),
    })),
  };
}
