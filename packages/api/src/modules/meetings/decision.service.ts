import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionItemStatus, badInput, DomainError, ErrorCode, MeetingStatus, refusal } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { audit, snapshot } from '../audit/index.js';
import { Cadre } from '../cadres/index.js';
import { Department } from '../departments/index.js';
import type { OrgUnit } from '../org-units/index.js';
import { ActionItem, ActionItemUpdate, Decision } from './action-item.entity.js';
import { AgendaItem } from './agenda.entity.js';
import type { RecordDecisionInput } from './meeting.inputs.js';
import { getMeeting } from './meeting.service.js';
import { checkParticipants } from './township-access.js';

/** Records a decision of a held (finalised or minuted) meeting and creates its action items, each with one owner and a deadline. */
export async function recordDecision(em: EntityManager, scope: Scope, viewer: Viewer, input: RecordDecisionInput): Promise<Decision> {
  return em.transactional(async (tx) => {
    const meeting = await getMeeting(tx, scope, Number(input.meetingId), 'input.meetingId');
    if (meeting.status === MeetingStatus.Draft)
      throw new DomainError(ErrorCode.Conflict, 'decisions are recorded once the agenda is finalised', 'input.meetingId', refusal('decisionsNeedFinalAgenda'));
    const township = meeting.township as OrgUnit;
    const agendaItem = input.agendaItemId == null ? null : await tx.findOne(AgendaItem, { id: Number(input.agendaItemId), meeting });
    if (input.agendaItemId != null && !agendaItem)
      throw badInput('input.agendaItemId', `agenda item ${input.agendaItemId} is not on this meeting's agenda`, 'notOnAgenda', {
        agendaItemId: input.agendaItemId,
      });
    const meetingStart = `${meeting.month}-01`;
    input.actionItems.forEach((a, i) => {
      const field = `input.actionItems.${i}`;
      if ((a.ownerCadreId == null) === (a.ownerDepartmentId == null))
        throw badInput(`${field}.ownerCadreId`, 'an action item has one owner: give exactly one of ownerCadreId and ownerDepartmentId', 'oneOwner');
      if (a.deadline < meetingStart)
        throw badInput(`${field}.deadline`, `deadline ${a.deadline} is before the meeting month ${meeting.month}`, 'deadlineBeforeMeeting', {
          deadline: a.deadline,
          month: meeting.month,
        });
      if (a.nextReviewOn && a.nextReviewOn > a.deadline)
        throw badInput(`${field}.nextReviewOn`, `nextReviewOn ${a.nextReviewOn} is after the deadline ${a.deadline}`, 'reviewAfterDeadline', {
          nextReviewOn: a.nextReviewOn,
          deadline: a.deadline,
        });
    });
    await checkParticipants(tx, township, {
      cadreIds: input.actionItems.flatMap((a, i): [string, number][] =>
        a.ownerCadreId == null ? [] : [[`input.actionItems.${i}.ownerCadreId`, Number(a.ownerCadreId)]],
      ),
      departmentIds: input.actionItems.flatMap((a, i): [string, number][] =>
        a.ownerDepartmentId == null ? [] : [[`input.actionItems.${i}.ownerDepartmentId`, Number(a.ownerDepartmentId)]],
      ),
    });
    const decision = tx.create(Decision, { meeting, agendaItem, text: input.text, createdBy: viewer.username });
    const items = input.actionItems.map((a) =>
      tx.create(ActionItem, {
        decision,
        meeting,
        townshipId: township.id,
        countyId: meeting.countyId,
        title: a.title,
        deadline: a.deadline,
        nextReviewOn: a.nextReviewOn ?? null,
        ownerCadre: a.ownerCadreId == null ? null : tx.getReference(Cadre, Number(a.ownerCadreId)),
        ownerDepartment: a.ownerDepartmentId == null ? null : tx.getReference(Department, Number(a.ownerDepartmentId)),
      }),
    );
    await tx.flush();
    for (const item of items)
      tx.persist(tx.create(ActionItemUpdate, { actionItem: item, by: viewer.username, progress: 0, status: ActionItemStatus.Open, comment: '会议决定' }));
    audit(tx, viewer, {
      action: 'recordDecision',
      entityType: 'Decision',
      entityId: decision.id,
      after: { ...snapshot(decision), actionItems: items.map((i) => snapshot(i)) },
    });
    await tx.flush();
    return decision;
  });
}
