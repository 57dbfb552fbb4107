import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, normaliseIdNumber, normalisePhone, notFound } from '@township/shared';
import { page, type PageRequest } from '../../db/page.js';
import { containing, queryOne, sql, type Sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { ComplainantKeyKind } from './complainant.entity.js';
import type { ComplaintFilter, ComplaintOrder } from './complaint.inputs.js';
import { Complaint } from './complaint.entity.js';
import { countyIdOf } from '../org-units/index.js';
import { dayEnd, dayStart, overdueSql, villagesUnder } from './complaint.sql.js';
import { searchesAllIdentities } from './identity.js';
import { matchHash } from './match-key.js';

export interface ComplaintListArgs extends PageRequest {
  filter?: ComplaintFilter | null;
  orderBy?: ComplaintOrder | null;
}

const ORDER_COLUMNS = { RECEIVED_AT: sql`c.received_at`, REPLY_DUE_AT: sql`c.reply_due_at` } as const;

/** Complaints of people with more than one complaint in the viewer's scope. */
const repeat = (scope: Scope) => sql`c.complainant_id in (select r.complainant_id from complaint r join org_unit rv on rv.id = r.village_id
                           where r.complainant_id is not null and ${sql.scoped(scope, 'rv')} group by r.complainant_id having count(*) > 1)`;

/**
 * A person-file condition from a phone or ID number: normalised, hashed with the match key and
 * looked up among the persons' keys. Outside leaders and office staff the match is confined to
 * complaints the viewer holds, so the answer never depends on anyone else's number.
 */
function identity(viewer: Viewer, kind: ComplainantKeyKind, raw: string, field: string): Sql {
  const normalised = kind === ComplainantKeyKind.Phone ? normalisePhone(raw) : normaliseIdNumber(raw);
  if (!normalised)
    throw kind === ComplainantKeyKind.Phone
      ? badInput(field, 'not a phone number', 'invalidPhone')
      : badInput(field, 'not a valid resident ID number', 'invalidIdNumber');
  const own = searchesAllIdentities(viewer) ? sql.empty : sql` and c.owner_id = ${viewer.userId}`;
  return sql`c.complainant_id in (select k.complainant_id from complainant_key k
    where k.county_id = ${countyIdOf(viewer.scope.path)} and k.kind = ${kind} and k.hash = ${matchHash(kind, normalised)})${own}`;
}

/** The file a viewer's file id stands for: that complaint's file, when the complaint is in the viewer's scope (else none, whatever it is). */
const fileOfHandle = (scope: Scope, handle: number) =>
  sql`select hc.complainant_id from complaint hc join org_unit h on h.id = hc.village_id where hc.id = ${handle} and ${sql.scoped(scope, 'h')}`;

export async function fileIdOf(em: EntityManager, scope: Scope, handle: number): Promise<number | null> {
  const row = await queryOne(em, sql<{ complainant_id: number | null }>`${fileOfHandle(scope, handle)}`);
  return row?.complainant_id ?? null;
}

/** The WHERE clause of a complaint list over `complaint c join org_unit v`: scope first, then the filter. */
export function complaintWhere(scope: Scope, viewer: Viewer, filter: ComplaintFilter | null | undefined): Sql {
  const f = filter ?? {};
  const where = [villagesUnder('v', scope, f.orgUnitId != null ? Number(f.orgUnitId) : null)];
  const add = (condition: Sql) => where.push(condition);
  if (f.status?.length) add(sql`c.status in (${sql.list(f.status)})`);
  if (f.category?.length) add(sql`c.category in (${sql.list(f.category)})`);
  if (f.channel?.length) add(sql`c.channel in (${sql.list(f.channel)})`);
  if (f.level) add(sql`c.level = ${f.level}`);
  if (f.overdue != null) add(sql.raw(f.overdue ? overdueSql('c') : `not ${overdueSql('c')}`));
  if (f.receivedFrom) add(sql`c.received_at >= ${dayStart(f.receivedFrom)}`);
  if (f.receivedTo) add(sql`c.received_at < ${dayEnd(f.receivedTo)}`);
  if (f.receivedFrom && f.receivedTo && f.receivedTo < f.receivedFrom)
    throw badInput('filter.receivedTo', 'receivedTo must not be before receivedFrom', 'endBeforeStart', { start: f.receivedFrom, end: f.receivedTo });
  if (f.ownerId != null) add(sql`c.owner_id = ${Number(f.ownerId)}`);
  if (f.mine) add(sql`c.owner_id = ${viewer.userId}`);
  if (f.complainantId != null) add(sql`c.complainant_id = (${fileOfHandle(scope, f.complainantId)})`);
  if (f.possibleDuplicate != null) add(f.possibleDuplicate ? sql`c.duplicate_of_id is not null` : sql`c.duplicate_of_id is null`);
  if (f.repeat != null) add(f.repeat ? repeat(scope) : sql`(c.complainant_id is null or not ${repeat(scope)})`);
  if (f.search?.trim()) add(sql`c.description like ${containing(f.search.trim())}`);
  if (f.complainantPhone?.trim()) add(identity(viewer, ComplainantKeyKind.Phone, f.complainantPhone, 'filter.complainantPhone'));
  if (f.complainantIdNumber?.trim()) add(identity(viewer, ComplainantKeyKind.IdNumber, f.complainantIdNumber, 'filter.complainantIdNumber'));
  return sql.and(where);
}

/** One statement for the page and, when asked, one for the total; a page continues after the last complaint's keys. */
export async function listComplaints(em: EntityManager, scope: Scope, viewer: Viewer, args: ComplaintListArgs) {
  const desc = args.orderBy?.direction !== 'ASC';
  return page<Record<string, unknown>, Complaint>(
    em,
    args,
    {
      select: sql`c.*`,
      from: sql`complaint c join org_unit v on v.id = c.village_id`,
      where: complaintWhere(scope, viewer, args.filter),
      keyset: [
        { by: ORDER_COLUMNS[args.orderBy?.field ?? 'RECEIVED_AT'], desc },
        { by: sql`c.id`, desc },
      ],
    },
    (rows) => rows.map((row) => em.map(Complaint, row)),
  );
}

/** A complaint of a village inside the scope, or NOT_FOUND (one outside is not admitted to exist). */
export async function getComplaint(em: EntityManager, scope: Scope, id: number): Promise<Complaint> {
  const complaint = await em.findOne(Complaint, { id, village: scope.where() });
  if (!complaint) throw notFound('Complaint', id);
  return complaint;
}

/** Complaints by id inside the scope, for nested references (a possible duplicate); outside ones come back null. */
export async function complaintsByIds(em: EntityManager, scope: Scope, ids: readonly number[]): Promise<(Complaint | null)[]> {
  const found = await em.find(Complaint, { id: { $in: [...ids] }, village: scope.where() });
  const byId = new Map(found.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id) ?? null);
}
