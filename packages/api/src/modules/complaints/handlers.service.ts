import type { EntityManager } from '@mikro-orm/postgresql';
import { COMPLAINT_HANDLER_ROLES } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { OrgUnit } from '../org-units/index.js';
import { User } from '../users/index.js';

/** Active users who handle complaints and whose scope includes the village: who a case may be handed to. */
export async function complaintHandlers(em: EntityManager, village: OrgUnit): Promise<User[]> {
  const rows = await query(
    em,
    sql`
    select u.id, u.username, u.display_name, u.role, u.scope_id, u.active, u.created_at from app_user u join org_unit s on s.id = u.scope_id
     where u.active and u.role in (${sql.list(COMPLAINT_HANDLER_ROLES)}) and ${village.path} like s.path || '%'
     order by s.depth desc, u.role, u.display_name`,
  );
  return rows.map((row) => em.map(User, row));
}
