import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, ErrorCode, isMonth, notFound, refusal } from '@township/shared';
import { page, type PageRequest } from '../../db/page.js';
import { query, sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { audit, snapshot } from '../audit/index.js';
import { Cadre } from '../cadres/index.js';
import { Department } from '../departments/index.js';
import { countyIdOf, OrgUnit } from '../org-units/index.js';
import { AgendaItem } from './agenda.entity.js';
import { draftAgenda } from './draft/draft.service.js';
import type { CreateMeetingInput, MeetingAttendeeInput, MeetingFilter, UpdateMeetingInput } from './meeting.inputs.js';
import { Meeting, MeetingAttendee } from './meeting.entity.js';
import { checkParticipants, townshipInScope } from './township-access.js';

/** Meetings of townships inside the scope, newest month first. */
export async function listMeetings(em: EntityManager, scope: Scope, filter: MeetingFilter, request: PageRequest) {
  const where = [sql.scoped(scope, 't')];
  if (filter.townshipId != null) where.push(sql`m.township_id = ${Number(filter.townshipId)}`);
  if (filter.from) where.push(sql`m.month >= ${filter.from}`);
  if (filter.to) where.push(sql`m.month <= ${filter.to}`);
  if (filter.status) where.push(sql`m.status = ${filter.status}`);
  return page<Record<string, unknown>, Meeting>(
    em,
    request,
    {
      select: sql`m.*`,
      from: sql`meeting m join org_unit t on t.id = m.township_id`,
      where: sql.and(where),
      keyset: [{ by: sql`m.month`, desc: true }, { by: sql`t.code` }, { by: sql`m.id` }],
    },
    (rows) => rows.map((row) => em.map(Meeting, row)),
  );
}

/** A meeting of a township inside the scope; NOT_FOUND otherwise (or BAD_USER_INPUT naming `field`). */
export async function getMeeting(em: EntityManager, scope: Scope, id: number, field?: string): Promise<Meeting> {
  const meeting = await em.findOne(Meeting, { id, township: scope.where() }, { populate: ['township'] });
  if (!meeting) throw field ? badInput(field, `meeting ${id} does not exist or is outside your scope`, 'notFound', { id }) : notFound('Meeting', id);
  return meeting;
}

function attendeeRefs(attendees: readonly MeetingAttendeeInput[] | null | undefined, field: string) {
  const list = attendees ?? [];
  list.forEach((a, i) => {
    if ((a.cadreId == null) === (a.departmentId == null))
      throw badInput(`${field}.${i}`, 'an attendee is a cadre or a department: give exactly one of cadreId and departmentId', 'oneAttendeeKind');
  });
  const cadreIds = list.flatMap((a, i): [string, number][] => (a.cadreId == null ? [] : [[`${field}.${i}.cadreId`, Number(a.cadreId)]]));
  const departmentIds = list.flatMap((a, i): [string, number][] => (a.departmentId == null ? [] : [[`${field}.${i}.departmentId`, Number(a.departmentId)]]));
  const seen = new Set<string>();
  list.forEach((a, i) => {
    const key = a.cadreId != null ? `c${a.cadreId}` : `d${a.departmentId}`;
    if (seen.has(key)) throw badInput(`${field}.${i}`, 'an attendee is listed twice', 'listedTwice');
    seen.add(key);
  });
  return { cadreIds, departmentIds };
}

function writeAttendees(tx: EntityManager, meeting: Meeting, attendees: readonly MeetingAttendeeInput[]) {
  for (const a of attendees) {
    tx.persist(
      tx.create(MeetingAttendee, {
        meeting,
        cadre: a.cadreId == null ? null : tx.getReference(Cadre, Number(a.cadreId)),
        department: a.departmentId == null ? null : tx.getReference(Department, Number(a.departmentId)),
        note: a.note ?? null,
      }),
    );
  }
}

/** Creates the meeting of a township and month with its agenda seeded from the live draft (open action items carried over). */
export async function createMeeting(em: EntityManager, scope: Scope, viewer: Viewer, input: CreateMeetingInput): Promise<Meeting> {
  if (!isMonth(input.month)) throw badInput('input.month', `month must look like 2026-11, got ${input.month}`, 'invalidMonth');
  const township = await townshipInScope(em, scope, Number(input.townshipId), 'input.townshipId');
  const refs = attendeeRefs(input.attendees, 'input.attendees');
  if (input.chairCadreId != null) refs.cadreIds.push(['input.chairCadreId', Number(input.chairCadreId)]);
  await checkParticipants(em, township, refs);
  if (input.heldOn && input.heldOn.slice(0, 7) !== input.month)
    throw badInput('input.heldOn', `heldOn ${input.heldOn} is not in ${input.month}`, 'dateNotInMonth', { date: input.heldOn, month: input.month });
  const existing = await em.findOne(Meeting, { township, month: input.month });
  if (existing)
    throw new DomainError(
      ErrorCode.Conflict,
      `${township.name} already has a meeting for ${input.month} (id ${existing.id})`,
      'input.month',
      refusal('meetingExists', { township: township.name, month: input.month, id: existing.id }),
    );
  const draft = await draftAgenda(em, township, input.month);
  return em.transactional(async (tx) => {
    const meeting = tx.create(Meeting, {
      township: tx.getReference(OrgUnit, township.id),
      countyId: countyIdOf(township.path),
      month: input.month,
      heldOn: input.heldOn ?? null,
      chair: input.chairCadreId == null ? null : tx.getReference(Cadre, Number(input.chairCadreId)),
    });
    writeAttendees(tx, meeting, input.attendees ?? []);
    draft.items.forEach((item, i) =>
      tx.persist(
        tx.create(AgendaItem, {
          meeting,
          position: i + 1,
          section: item.section,
          kind: item.kind,
          ruleKey: item.ruleKey,
          title: item.title,
          summary: item.summary,
          evidence: item.evidence,
          proposedDepartment: item.proposedDepartmentId == null ? null : tx.getReference(Department, item.proposedDepartmentId),
          actionItemId: item.actionItemId,
        }),
      ),
    );
    await tx.flush();
    audit(tx, viewer, {
      action: 'createMeeting',
      entityType: 'Meeting',
      entityId: meeting.id,
      after: { ...snapshot(meeting), agendaItems: draft.items.length, attendees: input.attendees ?? [] },
    });
    await tx.flush();
    return meeting;
  });
}

/** Changes date, chair and (replacing the list) attendees; the agenda is untouched. */
export async function updateMeeting(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: UpdateMeetingInput): Promise<Meeting> {
  return em.transactional(async (tx) => {
    const meeting = await getMeeting(tx, scope, id);
    const township = meeting.township as OrgUnit;
    const refs = attendeeRefs(input.attendees, 'input.attendees');
    if (input.chairCadreId != null) refs.cadreIds.push(['input.chairCadreId', Number(input.chairCadreId)]);
    await checkParticipants(tx, township, refs);
    if (input.heldOn && input.heldOn.slice(0, 7) !== meeting.month)
      throw badInput('input.heldOn', `heldOn ${input.heldOn} is not in ${meeting.month}`, 'dateNotInMonth', { date: input.heldOn, month: meeting.month });
    const before = { ...snapshot(meeting), attendees: await attendeeSnapshot(tx, meeting.id) };
    if (input.heldOn !== undefined) meeting.heldOn = input.heldOn;
    if (input.chairCadreId !== undefined) meeting.chair = input.chairCadreId == null ? null : tx.getReference(Cadre, Number(input.chairCadreId));
    if (input.attendees != null) {
      await tx.nativeDelete(MeetingAttendee, { meeting: meeting.id });
      writeAttendees(tx, meeting, input.attendees);
    }
    await tx.flush();
    audit(tx, viewer, {
      action: 'updateMeeting',
      entityType: 'Meeting',
      entityId: meeting.id,
      before,
      after: { ...snapshot(meeting), attendees: await attendeeSnapshot(tx, meeting.id) },
    });
    await tx.flush();
    return meeting;
  });
}

async function attendeeSnapshot(em: EntityManager, meetingId: number) {
  return query(em, sql`select cadre_id, department_id, note from meeting_attendee where meeting_id = ${meetingId} order by id`);
}
