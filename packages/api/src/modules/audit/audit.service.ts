import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap } from '@mikro-orm/core';
import type { Viewer } from '../../graphql/viewer.js';
import { page, type PageRequest } from '../../db/page.js';
import { sql, type Sql } from '../../db/sql.js';
import { AuditRecord } from './audit-record.entity.js';
import type { AuditFilter } from './audit-record.type.js';

/** Who acted: a signed-in viewer, or for a refused sign-in the name tried (and its user, when there is one). */
export type Actor = Pick<Viewer, 'username'> & { userId: number | null };

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: object | null;
  after?: object | null;
}

/** A plain JSON copy of an entity's own columns, for the before/after of an audit record. */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  return entity ? (JSON.parse(JSON.stringify(wrap(entity).toPOJO())) as Record<string, unknown>) : null;
}

/**
 * Queues an audit record in the caller's unit of work, so it commits (or rolls back) together
 * with the change it describes.
 */
export function audit(em: EntityManager, actor: Actor, entry: AuditEntry): void {
  em.persist(
    em.create(AuditRecord, {
      userId: actor.userId,
      username: actor.username,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ? (JSON.parse(JSON.stringify(entry.before)) as Record<string, unknown>) : null,
      after: entry.after ? (JSON.parse(JSON.stringify(entry.after)) as Record<string, unknown>) : null,
    }),
  );
}

/** The audit trail, newest first, narrowed by the filter's columns. */
export async function listAuditRecords(em: EntityManager, filter: AuditFilter, request: PageRequest) {
  const where: Sql[] = [];
  if (filter.entityType != null) where.push(sql`r.entity_type = ${filter.entityType}`);
  if (filter.entityId != null) where.push(sql`r.entity_id = ${filter.entityId}`);
  if (filter.username != null) where.push(sql`r.username = ${filter.username}`);
  return page<Record<string, unknown>, AuditRecord>(
    em,
    request,
    {
      select: sql`r.*`,
      from: sql`audit_record r`,
      where: sql.and(where),
      keyset: [{ by: sql`r.id`, desc: true }],
    },
    (rows) => rows.map((row) => em.map(AuditRecord, row)),
  );
}
