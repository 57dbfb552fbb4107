import { computed, ref, watch, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ListVillageScoresDocument, type VillageCategory } from '@/gql/graphql';

export interface LeagueFilter {
  township: string | null;
  category: VillageCategory | null;
  vetoedOnly: boolean;
}

export const LEAGUE_PAGE_SIZE = 20;

/**
 * One page of the league table; cursors of the pages seen are kept so "previous" goes back
 * exactly. A new period or filter starts again at the first page.
 */
export function useVillageScores(period: Ref<string | null>, filter: Ref<LeagueFilter>) {
  const cursors = ref<(string | null)[]>([null]);
  const page = computed(() => cursors.value.length);
  watch([period, filter], () => (cursors.value = [null]), { deep: true });
  const { result, loading, error, refetch } = useQuery(
    ListVillageScoresDocument,
    () => ({
      first: LEAGUE_PAGE_SIZE,
      after: cursors.value[cursors.value.length - 1],
      period: period.value ?? '',
      filter: { townshipId: filter.value.township, category: filter.value.category, vetoed: filter.value.vetoedOnly ? true : null },
    }),
    () => ({ enabled: Boolean(period.value), keepPreviousResult: true }),
  );
  const connection = computed(() => result.value?.villageScores ?? null);
  return {
    rows: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    page,
    loading,
    error,
    refetch,
    next() {
      const end = connection.value?.pageInfo.endCursor;
      if (end && connection.value?.pageInfo.hasNextPage) cursors.value = [...cursors.value, end];
    },
    previous() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
    },
  };
}
