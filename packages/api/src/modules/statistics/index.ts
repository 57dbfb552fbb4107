export { VillageStatistic } from './village-statistic.entity.js';
export { IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver } from './statistics.resolver.js';
export { aggregateIndicators, emptySummary } from './indicator.service.js';
export { IndicatorSummaryType, IndicatorValueType } from './statistics.type.js';
export { column, denominatorSql, indicatorValueSql, numeratorSql } from './indicator.sql.js';
