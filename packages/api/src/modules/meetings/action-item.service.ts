import type { EntityManager } from '@mikro-orm/postgresql';
import { actionItemUpdateProblem, ActionItemStatus, badInput, DomainError, ErrorCode, forbidden, notFound, OPEN_ACTION_ITEM_STATUSES, Role } from '@township/shared';
import { pageWindow, type PageRequest } from '../../graphql/connection.js';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { sql } from '../assessments/index.js';
import { audit, snapshot } from '../audit/index.js';
import { ActionItem, ActionItemUpdate } from './action-item.entity.js';
import { ACTION_ITEM_FROM, ACTION_ITEM_ORDER, ACTION_ITEM_SELECT, overdueSql, toActionItem } from './action-item.sql.js';
import type { ActionItemFilter, UpdateActionItemInput } from './meeting.inputs.js';
import type { ActionItemType } from './meeting.type.js';

function actionItemWhere(scope: Scope, filter: ActionItemFilter): [string, unknown[]] {
  const [scopeSql, scopeParams] = scope.sql('t');
  const where = [scopeSql];
  const params: unknown[] = [...scopeParams];
  if (filter.townshipId != null) { where.push('a.township_id = ?'); params.push(Number(filter.townshipId)); }
  if (filter.meetingId != null) { where.push('a.meeting_id = ?'); params.push(Number(filter.meetingId)); }
  if (filter.ownerCadreId != null) { where.push('a.owner_cadre_id = ?'); params.push(Number(filter.ownerCadreId)); }
  if (filter.ownerDepartmentId != null) { where.push('a.owner_department_id = ?'); params.push(Number(filter.ownerDepartmentId)); }
  if (filter.status?.length) { where.push(`a.status in (${filter.status.map(() => '?').join(', ')})`); params.push(...filter.status); }
  if (filter.overdue != null) where.push(filter.overdue ? overdueSql('a') : `not ${overdueSql('a')}`);
  return [where.join(' and '), params];
}

/** Action items of townships in scope, one statement for the page (one more for the count). */
export async function listActionItems(em: EntityManager, scope: Scope, filter: ActionItemFilter, page: PageRequest, withTotal: boolean) {
  const { offset, limit } = pageWindow(page);
  const [where, params] = actionItemWhere(scope, filter);
  const [rows, count] = await Promise.all([
    sql(em, `select ${ACTION_ITEM_SELECT} from ${ACTION_ITEM_FROM} where ${where} order by ${ACTION_ITEM_ORDER} limit ? offset ?`, [...params, limit, offset]),
    withTotal ? sql<{ n: string }>(em, `select count(*) as n from action_item a join org_unit t on t.id = a.township_id where ${where}`, params) : null,
  ]);
  return { rows: rows.map(toActionItem), totalCount: count ? Number(count[0].n) : undefined };
}

export async function getActionItem(em: EntityManager, scope: Scope, id: number): Promise<ActionItemType> {
  const [scopeSql, scopeParams] = scope.sql('t');
  const [row] = await sql(em, `select ${ACTION_ITEM_SELECT} from ${ACTION_ITEM_FROM} where a.id = ? and ${scopeSql}`, [id, ...scopeParams]);
  if (!row) throw notFound('Action item', id);
  return toActionItem(row);
}

/**
 * A progress report: progress, status, comment, next review; kept as an ActionItemUpdate. Office
 * and leaders report on any item of their townships, department users only on items a department owns.
 */
export async function updateActionItem(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: UpdateActionItemInput): Promise<ActionItemType> {
  await em.transactional(async (tx) => {
    const item = await tx.findOne(ActionItem, { id, meeting: { township: scope.where() } });
    if (!item) throw notFound('Action item', id);
    if (viewer.role === Role.Department && !item.ownerDepartment) throw forbidden('department users report only on action items a department owns', 'departmentOwnedOnly');
    if (input.status === null) throw badInput('input.status', 'status cannot be cleared', 'cannotClear');
    if (input.progress === null) throw badInput('input.progress', 'progress cannot be cleared', 'cannotClear');
    const status = input.status ?? (input.progress === 100 ? ActionItemStatus.Done : item.status === ActionItemStatus.Open && (input.progress ?? 0) > 0 ? ActionItemStatus.InProgress : item.status);
    const progress = input.progress ?? (status === ActionItemStatus.Done ? 100 : item.progress);
    const problem = actionItemUpdateProblem(item.status, { status, progress });
    if (problem) throw new DomainError(ErrorCode.BadUserInput, problem.message, `input.${problem.field}`, problem.refusal);
    const today = new Date().toISOString().slice(0, 10);
    if (input.nextReviewOn && input.nextReviewOn < today) throw badInput('input.nextReviewOn', `nextReviewOn ${input.nextReviewOn} is in the past`, 'dateInPast', { date: input.nextReviewOn, today });
    const before = snapshot(item);
    const closes = !OPEN_ACTION_ITEM_STATUSES.includes(status) && OPEN_ACTION_ITEM_STATUSES.includes(item.status);
    item.status = status;
    item.progress = progress;
    if (closes) item.closedOn = new Date().toISOString().slice(0, 10);
    if (input.comment !== undefined) item.lastComment = input.comment;
    if (input.nextReviewOn !== undefined) item.nextReviewOn = input.nextReviewOn;
    tx.persist(tx.create(ActionItemUpdate, { actionItem: item, by: viewer.username, progress, status, comment: input.comment ?? null }));
    audit(tx, viewer, { action: 'updateActionItem', entityType: 'ActionItem', entityId: item.id, before, after: snapshot(item) });
    await tx.flush();
  });
  return getActionItem(em, scope, id);
}
