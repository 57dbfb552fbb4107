import type { EntityManager } from '@mikro-orm/postgresql';
import { DesignationKind } from '@township/shared';
import { query, sql } from '../../db/sql.js';

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
  const rows = await query(
    em,
    sql<{
      id: number;
      round_id: number;
      round_name: string;
      cadre_id: number;
      cadre_name: string;
      deadline: string;
      bad_votes: number;
      rank: number;
      score: string;
    }>`
    select d.id, d.round_id, r.name as round_name, d.cadre_id, c.name as cadre_name, to_char(d.deadline, 'YYYY-MM-DD') as deadline, d.bad_votes, d.rank, d.score
      from evaluation_designation d join evaluation_round r on r.id = d.round_id join org_unit u on u.id = r.org_unit_id join cadre c on c.id = d.cadre_id
     where d.kind = ${DesignationKind.HelpTarget} and d.rectified_on is null and d.deadline is not null and d.deadline <= ${until}::date
       and u.path like ${`${unitPath}%`}
     order by d.deadline, c.name, d.id`,
  );
  return rows.map((r) => ({
    designationId: Number(r.id),
    roundId: Number(r.round_id),
    roundName: r.round_name,
    cadreId: Number(r.cadre_id),
    cadreName: r.cadre_name,
    deadline: r.deadline,
    badVotes: Number(r.bad_votes),
    rank: Number(r.rank),
    score: Number(r.score),
  }));
}
