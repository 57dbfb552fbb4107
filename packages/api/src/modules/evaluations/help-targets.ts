import type { EntityManager } from '@mikro-orm/postgresql';
import { DesignationKind } from '@township/shared';

/** A help target (重点帮促对象) not yet rectified, as the evaluation board shows it. */
export interface OpenHelpTarget {
  designationId: number;
  roundId: number;
  roundName: string;
  cadreId: number;
  cadreName: string;
  deadline: string;
  badVotes: number;
  rank: number;
  score: number;
}

/**
 * Help targets of rounds held by the unit at `unitPath` or below, not rectified, whose deadline is
 * on or before `until` ('YYYY-MM-DD'; overdue ones included), nearest deadline first. One statement.
 */
export async function openHelpTargets(em: EntityManager, unitPath: string, until: string): Promise<OpenHelpTarget[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select d.id, d.round_id, r.name as round_name, d.cadre_id, c.name as cadre_name, to_char(d.deadline, 'YYYY-MM-DD') as deadline, d.bad_votes, d.rank, d.score
       from evaluation_designation d join evaluation_round r on r.id = d.round_id join org_unit u on u.id = r.org_unit_id join cadre c on c.id = d.cadre_id
      where d.kind = ? and d.rectified_on is null and d.deadline is not null and d.deadline <= ?::date and u.path like ?
      order by d.deadline, c.name, d.id`,
    [DesignationKind.HelpTarget, until, `${unitPath}%`], 'all', em.getTransactionContext());
  return rows.map((r) => ({
    designationId: Number(r.id), roundId: Number(r.round_id), roundName: String(r.round_name), cadreId: Number(r.cadre_id), cadreName: String(r.cadre_name),
    deadline: String(r.deadline), badVotes: Number(r.bad_votes), rank: Number(r.rank), score: Number(r.score),
  }));
}
