import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetOverviewIndicatorsDocument } from '@/gql/graphql';
import type { Period } from '@/features/indicators';

/** The scope's key figures and their monthly trend; idle until the scope and period are known. */
export function useOverviewIndicators(orgUnitId: Ref<string | null>, year: Ref<Period | null>, trend: Ref<Period | null>) {
  const { result, loading, error, refetch } = useQuery(
    GetOverviewIndicatorsDocument,
    () => ({ orgUnitId: orgUnitId.value ?? '', year: year.value ?? { from: '', to: '' }, trend: trend.value ?? { from: '', to: '' } }),
    () => ({ enabled: Boolean(orgUnitId.value && year.value && trend.value) }),
  );
  return {
    summary: computed(() => result.value?.indicators ?? null),
    series: computed(() => result.value?.indicatorSeries ?? []),
    loading,
    error,
    refetch,
  };
}
