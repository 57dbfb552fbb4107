import type { EntityManager } from '@mikro-orm/postgresql';
import type { LaggingReason } from '@township/shared';
import type { PageRequest } from '../../../graphql/connection.js';
import type { Scope } from '../../../graphql/scope.js';
import { sqlPage } from '../paging.js';

export interface LaggingSpell {
  id: number;
  villageId: number;
  enteredPeriod: string;
  reasons: LaggingReason[];
  exitedPeriod: string | null;
}

/** Lagging-list spells of villages in scope (only current ones unless asked), newest entry first. */
export async function listLaggingSpells(em: EntityManager, scope: Scope, args: PageRequest & { currentOnly: boolean; townshipId?: number | null }, withTotal: boolean) {
  const [scopeSql, scopeParams] = scope.sql('v');
  const where = [scopeSql, ...(args.currentOnly ? ['l.exited_period is null'] : []), ...(args.townshipId != null ? ['v.parent_id = ?'] : [])];
  const params = [...scopeParams, ...(args.townshipId != null ? [Number(args.townshipId)] : [])];
  const { rows, totalCount } = await sqlPage<{ id: number; village_id: number; entered_period: string; reasons: LaggingReason[]; exited_period: string | null }>(em,
    'l.id, l.village_id, l.entered_period, l.reasons, l.exited_period',
    `from assessment_lagging l join org_unit v on v.id = l.village_id where ${where.join(' and ')}`,
    'l.entered_period desc, v.name, l.id', params, args, withTotal);
  const spells: LaggingSpell[] = rows.map((r) => ({ id: r.id, villageId: r.village_id, enteredPeriod: r.entered_period, reasons: r.reasons, exitedPeriod: r.exited_period }));
  return { rows: spells, totalCount };
}
