import type { EntityManager } from '@mikro-orm/postgresql';
import { COMPLAINT_HANDLER_ROLES } from '@township/shared';
import type { OrgUnit } from '../org-units/index.js';
import { User } from '../users/index.js';

/** Active users who handle complaints and whose scope includes the village: who a case may be handed to. */
export async function complaintHandlers(em: EntityManager, village: OrgUnit): Promise<User[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select u.id, u.username, u.display_name, u.role, u.scope_id, u.active, u.created_at from app_user u join org_unit s on s.id = u.scope_id
      where u.active and u.role in (${COMPLAINT_HANDLER_ROLES.map(() => '?').join(', ')}) and ? like s.path || '%'
      order by s.depth desc, u.role, u.display_name`,
    [...COMPLAINT_HANDLER_ROLES, village.path],
  );
  return rows.map((row) => em.map(User, row));
}
