import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, COMPLAINT_CATEGORY_LABELS, ComplaintLevel, type ComplaintCategory } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import { dayEnd, dayStart } from './complaint.sql.js';

/** A petition that reached above county level: a one-vote-veto event (一票否决) for its village's assessment. */
export interface VetoPetition {
  complaintId: number;
  villageId: number;
  receivedAt: Date;
  category: string;
  summary: string;
}

/**
 * Told, inside the transaction that made it, of each complaint that became a petition above
 * county level (escalated, or registered at that level). The assessment subscribes to refresh
 * the village's results: it reads petitions through petitionsAboveCounty, and complaints cannot
 * import the assessment that imports them.
 */
export type PetitionListener = (em: EntityManager, petition: Pick<VetoPetition, 'villageId' | 'receivedAt'>) => Promise<void>;

const listeners: PetitionListener[] = [];

export function onPetitionAboveCounty(listener: PetitionListener): void {
  listeners.push(listener);
}

/** Runs the listeners one after another: they share the transaction's connection. */
export async function petitionRaised(em: EntityManager, petition: Parameters<PetitionListener>[1]): Promise<void> {
  for (const listener of listeners) await listener(em, petition);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SUMMARY_LENGTH = 60;

/**
 * Petitions that reached above county level, received between from and to (inclusive dates
 * 'YYYY-MM-DD', China time), for the given villages. Every requested village is a key of the map
 * (an empty list when it had none), oldest petition first. Includes complaints escalated to
 * ABOVE_COUNTY after intake. No scope is applied: the caller (the assessment) decides which
 * villages it may assess.
 */
export async function petitionsAboveCounty(em: EntityManager, villageIds: readonly number[], from: string, to: string): Promise<Map<number, VetoPetition[]>> {
  if (!DATE.test(from)) throw badInput('from', `from must be YYYY-MM-DD, got ${from}`, 'invalidDate');
  if (!DATE.test(to)) throw badInput('to', `to must be YYYY-MM-DD, got ${to}`, 'invalidDate');
  const result = new Map<number, VetoPetition[]>(villageIds.map((id) => [id, []]));
  if (!villageIds.length || to < from) return result;
  const rows = await query(
    em,
    sql<{
      id: number;
      village_id: number;
      received_at: Date;
      category: ComplaintCategory;
      description: string;
    }>`select c.id, c.village_id, c.received_at, c.category, c.description from complaint c
      where c.village_id in (${sql.list(villageIds)}) and c.level = ${ComplaintLevel.AboveCounty} and c.received_at >= ${dayStart(from)} and c.received_at < ${dayEnd(to)}
      order by c.village_id, c.received_at, c.id`,
  );
  for (const row of rows) {
    const text = row.description.length > SUMMARY_LENGTH ? `${row.description.slice(0, SUMMARY_LENGTH)}…` : row.description;
    result.get(row.village_id)!.push({
      complaintId: row.id,
      villageId: row.village_id,
      receivedAt: new Date(row.received_at),
      category: row.category,
      summary: `${COMPLAINT_CATEGORY_LABELS[row.category]['zh-CN']}：${text}`,
    });
  }
  return result;
}
