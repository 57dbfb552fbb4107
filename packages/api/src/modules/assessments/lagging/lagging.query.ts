import type { EntityManager } from '@mikro-orm/postgresql';
import type { LaggingReason } from '@township/shared';
import { page, type PageRequest } from '../../../db/page.js';
import { sql } from '../../../db/sql.js';
import type { Scope } from '../../../graphql/scope.js';

export interface LaggingSpell {
  id: number;
  villageId: number;
  enteredPeriod: string;
  reasons: LaggingReason[];
  exitedPeriod: string | null;
}

/** Lagging-list spells of villages in scope (only current ones unless asked), newest entry first. */
export async function listLaggingSpells(em: EntityManager, scope: Scope, args: PageRequest & { currentOnly: boolean; townshipId?: number | null }) {
  const where = [sql.scoped(scope, 'v')];
  if (args.currentOnly) where.push(sql`l.exited_period is null`);
  if (args.townshipId != null) where.push(sql`v.parent_id = ${Number(args.townshipId)}`);
  return page<{ id: number; village_id: number; entered_period: string; reasons: LaggingReason[]; exited_period: string | null }, LaggingSpell>(
    em,
    args,
    {
      select: sql`l.id, l.village_id, l.entered_period, l.reasons, l.exited_period`,
      from: sql`assessment_lagging l join org_unit v on v.id = l.village_id`,
      where: sql.and(where),
      keyset: [{ by: sql`l.entered_period`, desc: true }, { by: sql`v.name` }, { by: sql`l.id` }],
    },
    (rows) => rows.map((r) => ({ id: r.id, villageId: r.village_id, enteredPeriod: r.entered_period, reasons: r.reasons, exitedPeriod: r.exited_period })),
  );
}
