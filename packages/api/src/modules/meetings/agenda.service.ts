import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaItemKind, badInput, DomainError, ErrorCode, MeetingStatus, notFound, refusal } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { audit, snapshot } from '../audit/index.js';
import { Cadre } from '../cadres/index.js';
import { Department } from '../departments/index.js';
import type { OrgUnit } from '../org-units/index.js';
import { AgendaItem, AgendaVersion, type AgendaSnapshotItem } from './agenda.entity.js';
import type { AddAgendaItemInput, RecordMinutesInput, UpdateAgendaItemInput } from './meeting.inputs.js';
import type { Meeting } from './meeting.entity.js';
import { getMeeting } from './meeting.service.js';
import { checkParticipants } from './township-access.js';

/** A finalised agenda is not changed silently: CONFLICT until someone reopens it with a reason. */
export function assertDraft(meeting: Meeting, field = 'meetingId'): void {
  if (meeting.status !== MeetingStatus.Draft) {
    throw new DomainError(
      ErrorCode.Conflict,
      `the agenda of meeting ${meeting.id} is finalised (version ${meeting.agendaVersion}); reopen it with a reason before changing it`,
      field,
      refusal('agendaFinalised', { meetingId: meeting.id, version: meeting.agendaVersion }),
    );
  }
}

async function itemInScope(tx: EntityManager, scope: Scope, id: number): Promise<AgendaItem> {
  const item = await tx.findOne(AgendaItem, { id, meeting: { township: scope.where() } }, { populate: ['meeting', 'meeting.township'] });
  if (!item) throw notFound('Agenda item', id);
  return item;
}

async function agendaOf(tx: EntityManager, meeting: Meeting): Promise<AgendaItem[]> {
  return tx.find(AgendaItem, { meeting }, { orderBy: { position: 'asc', id: 'asc' } });
}

function renumber(items: AgendaItem[]): void {
  items.forEach((item, i) => {
    item.position = i + 1;
  });
}

const itemSnapshot = (item: AgendaItem) => snapshot(item);

type PresenterInput = Pick<AddAgendaItemInput, 'presenterCadreId' | 'presenterDepartmentId' | 'proposedDepartmentId'>;

/** One presenter at most (a cadre or a department), and every id one of the township's. */
async function checkPresenters(tx: EntityManager, meeting: Meeting, input: PresenterInput): Promise<void> {
  if (input.presenterCadreId != null && input.presenterDepartmentId != null)
    throw badInput('input.presenterDepartmentId', 'a presenter is a cadre or a department, not both', 'presenterBoth');
  const ref = (field: keyof PresenterInput): [string, number][] => (input[field] == null ? [] : [[`input.${field}`, Number(input[field])]]);
  await checkParticipants(tx, meeting.township as OrgUnit, {
    cadreIds: ref('presenterCadreId'),
    departmentIds: [...ref('presenterDepartmentId'), ...ref('proposedDepartmentId')],
  });
}

export async function addAgendaItem(em: EntityManager, scope: Scope, viewer: Viewer, input: AddAgendaItemInput): Promise<AgendaItem> {
  return em.transactional(async (tx) => {
    const meeting = await getMeeting(tx, scope, Number(input.meetingId), 'input.meetingId');
    assertDraft(meeting, 'input.meetingId');
    await checkPresenters(tx, meeting, input);
    const items = await agendaOf(tx, meeting);
    if (input.position != null && input.position > items.length + 1)
      throw badInput('input.position', `position must be 1 to ${items.length + 1}`, 'positionOutOfRange', { max: items.length + 1 });
    const lastOfSection = items.reduce((at, item, i) => (item.section === input.section ? i + 1 : at), -1);
    const sectionEnd = lastOfSection >= 0 ? lastOfSection : items.filter((i) => sectionOrder(i.section) <= sectionOrder(input.section)).length;
    const index = input.position != null ? input.position - 1 : sectionEnd;
    const item = tx.create(AgendaItem, {
      meeting,
      position: index + 1,
      section: input.section,
      kind: AgendaItemKind.Custom,
      title: input.title,
      summary: input.summary ?? null,
      evidence: [],
      presenterCadre: input.presenterCadreId == null ? null : tx.getReference(Cadre, Number(input.presenterCadreId)),
      presenterDepartment: input.presenterDepartmentId == null ? null : tx.getReference(Department, Number(input.presenterDepartmentId)),
      proposedDepartment: input.proposedDepartmentId == null ? null : tx.getReference(Department, Number(input.proposedDepartmentId)),
    });
    items.splice(index, 0, item);
    renumber(items);
    await tx.flush();
    audit(tx, viewer, { action: 'addAgendaItem', entityType: 'AgendaItem', entityId: item.id, after: itemSnapshot(item) });
    await tx.flush();
    return item;
  });
}

const SECTION_ORDER = ['SITUATION', 'DEPLOYMENT', 'COORDINATION'];
const sectionOrder = (section: string) => SECTION_ORDER.indexOf(section);

export async function updateAgendaItem(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: UpdateAgendaItemInput): Promise<AgendaItem> {
  return em.transactional(async (tx) => {
    const item = await itemInScope(tx, scope, id);
    const meeting = item.meeting as Meeting;
    assertDraft(meeting, 'id');
    if (input.title === null) throw badInput('input.title', 'title cannot be cleared', 'cannotClear');
    if (input.section === null) throw badInput('input.section', 'section cannot be cleared', 'cannotClear');
    await checkPresenters(tx, meeting, input);
    const before = itemSnapshot(item);
    if (input.title !== undefined) item.title = input.title;
    if (input.summary !== undefined) item.summary = input.summary;
    if (input.section !== undefined) item.section = input.section;
    if (input.presenterCadreId !== undefined) {
      item.presenterCadre = input.presenterCadreId == null ? null : tx.getReference(Cadre, Number(input.presenterCadreId));
      if (input.presenterCadreId != null) item.presenterDepartment = null;
    }
    if (input.presenterDepartmentId !== undefined) {
      item.presenterDepartment = input.presenterDepartmentId == null ? null : tx.getReference(Department, Number(input.presenterDepartmentId));
      if (input.presenterDepartmentId != null) item.presenterCadre = null;
    }
    if (input.proposedDepartmentId !== undefined)
      item.proposedDepartment = input.proposedDepartmentId == null ? null : tx.getReference(Department, Number(input.proposedDepartmentId));
    audit(tx, viewer, { action: 'updateAgendaItem', entityType: 'AgendaItem', entityId: item.id, before, after: itemSnapshot(item) });
    await tx.flush();
    return item;
  });
}

export async function removeAgendaItem(em: EntityManager, scope: Scope, viewer: Viewer, id: number): Promise<Meeting> {
  return em.transactional(async (tx) => {
    const item = await itemInScope(tx, scope, id);
    const meeting = item.meeting as Meeting;
    assertDraft(meeting, 'id');
    const before = itemSnapshot(item);
    const rest = (await agendaOf(tx, meeting)).filter((i) => i.id !== item.id);
    tx.remove(item);
    renumber(rest);
    audit(tx, viewer, { action: 'removeAgendaItem', entityType: 'AgendaItem', entityId: id, before });
    await tx.flush();
    return meeting;
  });
}

export async function reorderAgendaItems(em: EntityManager, scope: Scope, viewer: Viewer, meetingId: number, itemIds: number[]): Promise<Meeting> {
  return em.transactional(async (tx) => {
    const meeting = await getMeeting(tx, scope, meetingId);
    assertDraft(meeting);
    const items = await agendaOf(tx, meeting);
    const wanted = new Set(itemIds);
    if (wanted.size !== itemIds.length) throw badInput('itemIds', 'itemIds lists an item twice', 'listedTwice');
    if (itemIds.length !== items.length || items.some((i) => !wanted.has(i.id))) {
      throw badInput('itemIds', `itemIds must list every item of the agenda exactly once (${items.length} items)`, 'agendaOrderIncomplete', {
        count: items.length,
      });
    }
    const before = items.map((i) => ({ id: i.id, position: i.position }));
    const byId = new Map(items.map((i) => [i.id, i]));
    renumber(itemIds.map((id) => byId.get(id)!));
    audit(tx, viewer, { action: 'reorderAgendaItems', entityType: 'Meeting', entityId: meeting.id, before: { order: before }, after: { order: itemIds } });
    await tx.flush();
    return meeting;
  });
}

/** An agenda item as a finalised version keeps it. */
export function frozen(item: AgendaItem): AgendaSnapshotItem {
  return {
    id: item.id,
    position: item.position,
    section: item.section,
    kind: item.kind,
    title: item.title,
    summary: item.summary ?? null,
    evidence: item.evidence,
    presenterCadreId: item.presenterCadre?.id ?? null,
    presenterDepartmentId: item.presenterDepartment?.id ?? null,
    proposedDepartmentId: item.proposedDepartment?.id ?? null,
    actionItemId: item.actionItemId ?? null,
  };
}

export async function finaliseAgenda(em: EntityManager, scope: Scope, viewer: Viewer, meetingId: number, expectedVersion: number): Promise<Meeting> {
  return em.transactional(async (tx) => {
    const meeting = await getMeeting(tx, scope, meetingId);
    if (meeting.status !== MeetingStatus.Draft)
      throw new DomainError(
        ErrorCode.Conflict,
        `the agenda of meeting ${meeting.id} is already finalised (version ${meeting.agendaVersion})`,
        'meetingId',
        refusal('agendaFinalised', { meetingId: meeting.id, version: meeting.agendaVersion }),
      );
    if (expectedVersion !== meeting.agendaVersion) {
      throw new DomainError(
        ErrorCode.Conflict,
        `the agenda is at version ${meeting.agendaVersion}, not ${expectedVersion}; reload it before finalising`,
        'expectedVersion',
        refusal('agendaVersionStale', { version: meeting.agendaVersion, expected: expectedVersion }),
      );
    }
    const items = await agendaOf(tx, meeting);
    if (!items.length) throw badInput('meetingId', 'an empty agenda cannot be finalised', 'agendaEmpty');
    const before = snapshot(meeting);
    const now = new Date();
    tx.persist(tx.create(AgendaVersion, { meeting, version: meeting.agendaVersion, finalisedAt: now, finalisedBy: viewer.username, items: items.map(frozen) }));
    meeting.status = MeetingStatus.Finalised;
    meeting.finalisedAt = now;
    audit(tx, viewer, { action: 'finaliseAgenda', entityType: 'Meeting', entityId: meeting.id, before, after: { ...snapshot(meeting), items: items.length } });
    await tx.flush();
    return meeting;
  });
}

export async function reopenAgenda(em: EntityManager, scope: Scope, viewer: Viewer, meetingId: number, reason: string): Promise<Meeting> {
  const why = reason.trim();
  if (why.length < 5 || why.length > 500)
    throw badInput('reason', 'reason must be 5 to 500 characters: say why the finalised agenda must change', 'isLength', { min: 5, max: 500 });
  return em.transactional(async (tx) => {
    const meeting = await getMeeting(tx, scope, meetingId);
    if (meeting.status === MeetingStatus.Draft)
      throw new DomainError(
        ErrorCode.Conflict,
        `the agenda of meeting ${meeting.id} is not finalised`,
        'meetingId',
        refusal('agendaNotFinalised', { meetingId: meeting.id }),
      );
    if (meeting.status === MeetingStatus.Minuted)
      throw new DomainError(
        ErrorCode.Conflict,
        `meeting ${meeting.id} has been held and minuted; its agenda stays as it was`,
        'meetingId',
        refusal('meetingMinuted', { meetingId: meeting.id }),
      );
    const version = await tx.findOneOrFail(AgendaVersion, { meeting, version: meeting.agendaVersion });
    const before = snapshot(meeting);
    version.reopenedAt = new Date();
    version.reopenedBy = viewer.username;
    version.reopenReason = why;
    meeting.status = MeetingStatus.Draft;
    meeting.agendaVersion += 1;
    meeting.finalisedAt = null;
    audit(tx, viewer, { action: 'reopenAgenda', entityType: 'Meeting', entityId: meeting.id, before, after: { ...snapshot(meeting), reason: why } });
    await tx.flush();
    return meeting;
  });
}

export async function recordMinutes(em: EntityManager, scope: Scope, viewer: Viewer, input: RecordMinutesInput): Promise<Meeting> {
  return em.transactional(async (tx) => {
    const meeting = await getMeeting(tx, scope, Number(input.meetingId), 'input.meetingId');
    if (meeting.status === MeetingStatus.Draft)
      throw new DomainError(ErrorCode.Conflict, 'finalise the agenda before recording minutes', 'input.meetingId', refusal('minutesNeedFinalAgenda'));
    if (input.heldOn && input.heldOn.slice(0, 7) !== meeting.month)
      throw badInput('input.heldOn', `heldOn ${input.heldOn} is not in ${meeting.month}`, 'dateNotInMonth', { date: input.heldOn, month: meeting.month });
    const today = new Date().toISOString().slice(0, 10);
    if (input.heldOn && input.heldOn > today)
      throw badInput('input.heldOn', `heldOn ${input.heldOn} is in the future`, 'dateInFuture', { date: input.heldOn, today });
    const items = await agendaOf(tx, meeting);
    const byId = new Map(items.map((i) => [i.id, i]));
    (input.items ?? []).forEach((m, i) => {
      if (!byId.has(Number(m.agendaItemId)))
        throw badInput(`input.items.${i}.agendaItemId`, `agenda item ${m.agendaItemId} is not on this meeting's agenda`, 'notOnAgenda', {
          agendaItemId: m.agendaItemId,
        });
    });
    const before = { ...snapshot(meeting), items: items.map((i) => ({ id: i.id, minutes: i.minutes ?? null })) };
    meeting.minutes = input.minutes;
    if (input.heldOn) meeting.heldOn = input.heldOn;
    meeting.status = MeetingStatus.Minuted;
    for (const m of input.items ?? []) byId.get(Number(m.agendaItemId))!.minutes = m.minutes || null;
    audit(tx, viewer, {
      action: 'recordMinutes',
      entityType: 'Meeting',
      entityId: meeting.id,
      before,
      after: { ...snapshot(meeting), items: items.map((i) => ({ id: i.id, minutes: i.minutes ?? null })) },
    });
    await tx.flush();
    return meeting;
  });
}
