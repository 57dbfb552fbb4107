export { VillageStatistic } from './village-statistic.entity.js';
export { IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver } from './statistics.resolver.js';
