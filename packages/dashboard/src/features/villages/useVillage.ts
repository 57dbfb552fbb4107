import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetVillageDocument, GetVillageTrendsDocument } from '@/gql/graphql';
import type { Period } from '@/features/indicators';

export function useVillage(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GetVillageDocument, () => ({ id: id.value }));
  return { village: computed(() => result.value?.village ?? null), loaded: computed(() => result.value !== undefined), loading, error, refetch };
}

export function useVillageTrends(id: Ref<string>, trend: Ref<Period | null>, year: Ref<Period | null>) {
  const { result, loading, error, refetch } = useQuery(
    GetVillageTrendsDocument,
    () => ({ id: id.value, trend: trend.value ?? { from: '', to: '' }, year: year.value ?? { from: '', to: '' } }),
    () => ({ enabled: Boolean(trend.value && year.value) }),
  );
  return {
    series: computed(() => result.value?.indicatorSeries ?? []),
    summary: computed(() => result.value?.village?.indicators ?? null),
    statistics: computed(() => result.value?.village?.statistics ?? []),
    loading,
    error,
    refetch,
  };
}
