import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, currentMonth, DomainError, ErrorCode, STATISTIC_FIELDS, validateStatistics, type StatisticCounts } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import type { Period } from '../../graphql/period.js';
import { audit, snapshot } from '../audit/index.js';
import { countyIdOf, getVillage } from '../org-units/index.js';
import type { VillageStatisticsInput } from './statistics.inputs.js';
import { VillageStatistic } from './village-statistic.entity.js';

/**
 * Records a village's month: validated as a whole (every problem named; nothing written when any
 * is found), then inserted or replaced in one transaction with its audit record.
 */
export async function recordStatistics(em: EntityManager, scope: Scope, viewer: Viewer, input: VillageStatisticsInput): Promise<VillageStatistic> {
  if (input.month > currentMonth()) throw badInput('input.month', `month ${input.month} is in the future`, 'monthInFuture', { month: input.month });
  const counts = Object.fromEntries(STATISTIC_FIELDS.map((f) => [f, input[f]])) as StatisticCounts;
  const problems = validateStatistics(counts);
  if (problems.length) throw new DomainError(ErrorCode.BadUserInput, problems.map((p) => p.message).join('; '), `input.${problems[0].field}`, problems[0].rule);

  return em.transactional(async (tx) => {
    const village = await getVillage(tx, scope, Number(input.villageId));
    const month = `${input.month}-01`;
    const existing = await tx.findOne(VillageStatistic, { village, month });
    const before = snapshot(existing);
    const row = existing ?? tx.create(VillageStatistic, { village, month, countyId: countyIdOf(village.path), ...counts });
    tx.assign(row, { ...counts, recordedById: viewer.userId, recordedAt: new Date() });
    await tx.flush();
    audit(tx, viewer, {
      action: 'recordVillageStatistics',
      entityType: 'VillageStatistic',
      entityId: `${village.id}:${input.month}`,
      before,
      after: snapshot(row),
    });
    await tx.flush();
    return row;
  });
}

/** Monthly reports of the given villages in a period, grouped by village, oldest month first. */
export async function statisticsByVillage(em: EntityManager, villageIds: readonly number[], period: Period): Promise<VillageStatistic[][]> {
  const rows = await em.find(
    VillageStatistic,
    { village: { $in: [...villageIds] }, month: { $gte: `${period.from}-01`, $lte: `${period.to}-01` } },
    { orderBy: { month: 'asc' } },
  );
  return villageIds.map((id) => rows.filter((r) => r.village.id === id));
}
