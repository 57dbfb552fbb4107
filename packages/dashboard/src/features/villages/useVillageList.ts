import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ListTownshipsDocument, ListVillagesDocument } from '@/gql/graphql';
import type { Period } from '@/features/indicators';
import type { VillageListState } from './village-list-query';

/** One page of villages for the view state; the server filters, sorts and counts. */
export function useVillageList(state: Ref<VillageListState>, period: Ref<Period | null>) {
  const { result, loading, error, refetch } = useQuery(
    ListVillagesDocument,
    () => ({
      first: state.value.size,
      after: state.value.after,
      filter: {
        townshipId: state.value.township,
        category: state.value.category,
        search: state.value.search || null,
      },
      orderBy: { field: state.value.sort, direction: state.value.dir },
      period: period.value ?? { from: '', to: '' },
    }),
    () => ({ enabled: Boolean(period.value), keepPreviousResult: true }),
  );
  // keepPreviousResult leaves the last page on screen while the next loads: no empty flash.
  const connection = computed(() => result.value?.villages ?? null);
  return {
    rows: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    pageInfo: computed(() => connection.value?.pageInfo ?? null),
    loaded: computed(() => connection.value !== null),
    loading,
    error,
    refetch,
  };
}

export function useTownships() {
  const { result, loading, error } = useQuery(ListTownshipsDocument, null, { fetchPolicy: 'cache-first' });
  return { townships: computed(() => result.value?.townships ?? []), loading, error };
}
