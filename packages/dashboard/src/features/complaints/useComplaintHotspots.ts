import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetComplaintHotspotsDocument, GetComplaintOverviewDocument, GetComplaintRankingDocument, type ComplaintRateKey } from '@/gql/graphql';
import { currentMonth } from '@township/shared';
import { periodEnding, type MonthPeriod } from './complaint-period';
import { HEATMAP_ROWS } from './hotspot-shape';

export type HotspotBreakdown = 'TOWNSHIP' | 'VILLAGE';

/** The leaders' view in one request (see GetComplaintHotspots.graphql). */
export function useComplaintHotspots(
  unitId: Ref<string | null>,
  period: Ref<MonthPeriod>,
  breakdown: Ref<HotspotBreakdown>,
  ratesBreakdown: Ref<HotspotBreakdown>,
) {
  const { result, loading, error, refetch } = useQuery(
    GetComplaintHotspotsDocument,
    () => ({
      unitId: unitId.value ?? '',
      period: period.value,
      trendPeriod: periodEnding(currentMonth(), 24),
      breakdown: breakdown.value,
      ratesBreakdown: ratesBreakdown.value,
      topicMonth: period.value.to,
      heatmapRows: HEATMAP_ROWS,
    }),
    () => ({ enabled: !!unitId.value, keepPreviousResult: true }),
  );
  return { data: computed(() => result.value ?? null), loading, error, refetch };
}

export function useComplaintRanking(unitId: Ref<string | null>, period: Ref<MonthPeriod>, key: Ref<ComplaintRateKey>, bestFirst: Ref<boolean>) {
  const { result, loading, error } = useQuery(
    GetComplaintRankingDocument,
    () => ({ unitId: unitId.value ?? '', period: period.value, key: key.value, bestFirst: bestFirst.value }),
    () => ({ enabled: !!unitId.value, keepPreviousResult: true }),
  );
  return { ranking: computed(() => result.value?.complaintRanking ?? null), loading, error };
}

export function useComplaintOverview(unitId: Ref<string | null>) {
  const { result, loading, error, refetch } = useQuery(
    GetComplaintOverviewDocument,
    () => ({ unitId: unitId.value ?? '' }),
    () => ({ enabled: !!unitId.value }),
  );
  return { overview: computed(() => result.value?.complaintOverview ?? null), loading, error, refetch };
}
