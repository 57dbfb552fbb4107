import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, normaliseIdNumber, normalisePhone, notFound } from '@township/shared';
import { pageWindow, type PageRequest } from '../../graphql/connection.js';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { ComplainantKeyKind } from './complainant.entity.js';
import type { ComplaintFilter, ComplaintOrder } from './complaint.inputs.js';
import { Complaint } from './complaint.entity.js';
import { countyIdOf, dayEnd, dayStart, overdueSql, placeholders, villagesUnder } from './complaint-sql.js';
import { searchesAllIdentities } from './identity.js';
import { matchHash } from './match-key.js';

export interface ComplaintListArgs extends PageRequest {
  filter?: ComplaintFilter | null;
  orderBy?: ComplaintOrder | null;
}

const ORDER_COLUMNS = { RECEIVED_AT: 'c.received_at', REPLY_DUE_AT: 'c.reply_due_at' } as const;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Complaints of people with more than one complaint in the viewer's scope. */
function repeatSql(scope: Scope): [string, unknown[]] {
  const [scopeSql, params] = scope.sql('rv');
  return [
    `c.complainant_id in (select r.complainant_id from complaint r join org_unit rv on rv.id = r.village_id
                           where r.complainant_id is not null and ${scopeSql} group by r.complainant_id having count(*) > 1)`,
    params,
  ];
}

/**
 * A person-file condition from a phone or ID number: normalised, hashed with the match key and
 * looked up among the persons' keys. Outside leaders and office staff the match is confined to
 * complaints the viewer holds, so the answer never depends on anyone else's number.
 */
function identitySql(viewer: Viewer, kind: ComplainantKeyKind, raw: string, field: string): [string, unknown[]] {
  const normalised = kind === ComplainantKeyKind.Phone ? normalisePhone(raw) : normaliseIdNumber(raw);
  if (!normalised) throw kind === ComplainantKeyKind.Phone ? badInput(field, 'not a phone number', 'invalidPhone') : badInput(field, 'not a valid resident ID number', 'invalidIdNumber');
  const own = searchesAllIdentities(viewer) ? '' : ' and c.owner_id = ?';
  return [
    `c.complainant_id in (select k.complainant_id from complainant_key k where k.county_id = ? and k.kind = ? and k.hash = ?)${own}`,
    [countyIdOf(viewer.scope.path), kind, matchHash(kind, normalised), ...(own ? [viewer.userId] : [])],
  ];
}

/** The file a viewer's file id stands for: that complaint's file, when the complaint is in the viewer's scope (else none, whatever it is). */
const FILE_OF_HANDLE = `select hc.complainant_id from complaint hc join org_unit h on h.id = hc.village_id where hc.id = ? and h.path like ?`;

export async function fileIdOf(em: EntityManager, scope: Scope, handle: number): Promise<number | null> {
  const [row] = await em.execute<{ complainant_id: number | null }[]>(FILE_OF_HANDLE, [handle, ...scope.sql('h')[1]]);
  return row?.complainant_id ?? null;
}

/** The WHERE clause of a complaint list over `complaint c join org_unit v`: scope first, then the filter. */
export function complaintWhere(scope: Scope, viewer: Viewer, filter: ComplaintFilter | null | undefined): [string, unknown[]] {
  const f = filter ?? {};
  const [unitSql, unitParams] = villagesUnder('v', scope, f.orgUnitId != null ? Number(f.orgUnitId) : null);
  const where = [unitSql];
  const params: unknown[] = [...unitParams];
  const add = (sql: string, ...values: unknown[]) => { where.push(sql); params.push(...values); };
  if (f.status?.length) add(`c.status in (${placeholders(f.status)})`, ...f.status);
  if (f.category?.length) add(`c.category in (${placeholders(f.category)})`, ...f.category);
  if (f.channel?.length) add(`c.channel in (${placeholders(f.channel)})`, ...f.channel);
  if (f.level) add('c.level = ?', f.level);
  if (f.overdue != null) add(f.overdue ? overdueSql('c') : `not ${overdueSql('c')}`);
  if (f.receivedFrom) add('c.received_at >= ?', dayStart(f.receivedFrom));
  if (f.receivedTo) add('c.received_at < ?', dayEnd(f.receivedTo));
  if (f.receivedFrom && f.receivedTo && f.receivedTo < f.receivedFrom) throw badInput('filter.receivedTo', 'receivedTo must not be before receivedFrom', 'endBeforeStart', { start: f.receivedFrom, end: f.receivedTo });
  if (f.ownerId != null) add('c.owner_id = ?', Number(f.ownerId));
  if (f.mine) add('c.owner_id = ?', viewer.userId);
  if (f.complainantId != null) add(`c.complainant_id = (${FILE_OF_HANDLE})`, f.complainantId, ...scope.sql('h')[1]);
  if (f.possibleDuplicate != null) add(f.possibleDuplicate ? 'c.duplicate_of_id is not null' : 'c.duplicate_of_id is null');
  if (f.repeat != null) {
    const [sql, values] = repeatSql(scope);
    add(f.repeat ? sql : `(c.complainant_id is null or not ${sql})`, ...values);
  }
  if (f.search?.trim()) add('c.description like ?', `%${escapeLike(f.search.trim())}%`);
  if (f.complainantPhone?.trim()) {
    const [sql, values] = identitySql(viewer, ComplainantKeyKind.Phone, f.complainantPhone, 'filter.complainantPhone');
    add(sql, ...values);
  }
  if (f.complainantIdNumber?.trim()) {
    const [sql, values] = identitySql(viewer, ComplainantKeyKind.IdNumber, f.complainantIdNumber, 'filter.complainantIdNumber');
    add(sql, ...values);
  }
  return [where.join(' and '), params];
}

/** One statement for the page and, when asked, one for the total. */
export async function listComplaints(em: EntityManager, scope: Scope, viewer: Viewer, args: ComplaintListArgs, withTotal: boolean) {
  const { offset, limit } = pageWindow(args);
  const [whereSql, params] = complaintWhere(scope, viewer, args.filter);
  const column = ORDER_COLUMNS[args.orderBy?.field ?? 'RECEIVED_AT'];
  const direction = args.orderBy?.direction === 'ASC' ? 'asc' : 'desc';
  const from = 'from complaint c join org_unit v on v.id = c.village_id';
  const [rows, count] = await Promise.all([
    em.execute<Record<string, unknown>[]>(`select c.* ${from} where ${whereSql} order by ${column} ${direction}, c.id ${direction} limit ? offset ?`, [...params, limit, offset]),
    withTotal ? em.execute<{ n: number }[]>(`select count(*)::int as n ${from} where ${whereSql}`, params) : null,
  ]);
  return { rows: rows.map((row) => em.map(Complaint, row)), totalCount: count ? count[0].n : undefined };
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
