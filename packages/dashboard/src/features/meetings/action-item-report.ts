import { actionItemUpdateProblem, type ActionItemStatus, type ActionItemUpdateRule } from '@township/shared';
import type { UpdateActionItemInput } from '@/gql/graphql';

/** The "report progress" dialog's fields. Pure, so it is tested. */
export interface ReportForm {
  status: ActionItemStatus;
  progress: number;
  comment: string;
  nextReviewOn: string | null;
}

/** What the form starts from and compares against: the item as it stands. */
export interface ReportedItem {
  status: ActionItemStatus;
  progress: number;
  nextReviewOn: string | null;
}

/** The item's own values; a review day already past is not offered again (the API refuses one). */
export function reportFormOf(item: ReportedItem, today: string): ReportForm {
  return {
    status: item.status,
    progress: item.progress,
    comment: '',
    nextReviewOn: item.nextReviewOn && item.nextReviewOn >= today ? item.nextReviewOn : null,
  };
}

/** The rule of @township/shared the report breaks, with the field to mark, or null when it can be sent. */
export function reportProblem(item: ReportedItem, form: ReportForm): { rule: ActionItemUpdateRule; field: 'status' | 'progress' } | null {
  const problem = actionItemUpdateProblem(item.status, { status: form.status, progress: form.progress });
  return problem && { rule: problem.rule, field: problem.field };
}

/**
 * The mutation's input: status and progress always (they are the report); a comment only when
 * written, since the API would clear the item's last comment with an empty one; the review day only when changed.
 */
export function reportInput(item: ReportedItem, form: ReportForm): UpdateActionItemInput {
  const input: UpdateActionItemInput = { status: form.status, progress: form.progress };
  if (form.comment.trim()) input.comment = form.comment.trim();
  if (form.nextReviewOn && form.nextReviewOn !== item.nextReviewOn) input.nextReviewOn = form.nextReviewOn;
  return input;
}
