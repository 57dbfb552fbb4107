import type { FeatureManifest } from '../../features/manifest.js';
import { VillageStatistic } from './village-statistic.entity.js';
import { IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver } from './statistics.resolver.js';

export { VillageStatistic } from './village-statistic.entity.js';
export { aggregateIndicators, emptySummary } from './indicator.service.js';
export { IndicatorSummaryType, IndicatorValueType } from './statistics.type.js';
export { column, denominatorSql, indicatorValueSql, numeratorSql } from './indicator.sql.js';

/** Monthly village statistics and the indicators computed from them. */
export const feature: FeatureManifest = {
  name: 'statistics',
  resolvers: [IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver],
  entities: [VillageStatistic],
};
