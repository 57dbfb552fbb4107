import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import { resolvePeriod, type Period } from '../../graphql/period.js';
import { aggregateIndicators, emptySummary } from './indicator.service.js';
import { statisticsByVillage } from './statistics.service.js';
import type { IndicatorSummaryType } from './statistics.type.js';
import type { VillageStatistic } from './village-statistic.entity.js';

/** The default period, looked up once per request however many villages ask. */
export const defaultPeriod = (ctx: RequestContext) =>
  ctx
    .loader(
      'defaultPeriod',
      () =>
        new DataLoader<string, Period>(async (keys) => {
          const period = await resolvePeriod(ctx.em, ctx.scope, null);
          return keys.map(() => period);
        }),
    )
    .load('default');

/** Monthly reports of a page of villages over one period. */
export const villageStatistics = (ctx: RequestContext, { from, to }: Period) =>
  ctx.loader(`villageStatistics:${from}:${to}`, () => new DataLoader<number, VillageStatistic[]>((ids) => statisticsByVillage(ctx.em, ids, { from, to })));

/** Indicators of a page of villages over one period; an empty summary for a village without reports. */
export const villageIndicators = (ctx: RequestContext, { from, to }: Period) =>
  ctx.loader(
    `villageIndicators:${from}:${to}`,
    () =>
      new DataLoader<number, IndicatorSummaryType>(async (ids) => {
        const rows = await aggregateIndicators(ctx.em, ctx.scope, { unitIds: ids, period: { from, to } });
        const byUnit = new Map(rows.map((r) => [r.orgUnitId, r]));
        return ids.map((id) => byUnit.get(id) ?? emptySummary(id, { from, to }));
      }),
  );
