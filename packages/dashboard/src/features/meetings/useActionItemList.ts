import { computed, watch, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { useCursorPages } from '@/components/ui/useCursorPages';
import { ListActionItemsDocument } from '@/gql/graphql';
import { parseActionItemQuery, toActionItemFilter, toActionItemQuery, type ActionItemListState } from './action-item-query';

export const ACTION_ITEM_PAGE_SIZE = 20;

/** A township's action items for the tracker: filters in the URL, pages through cursors; another filter or township starts again at page one. */
export function useActionItemList(townshipId: Ref<string | null>) {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseActionItemQuery(route.query));
  const cursor = useCursorPages(() => connection.value?.pageInfo);
  watch(
    () => [townshipId.value, JSON.stringify(state.value)],
    () => cursor.reset(),
  );

  const { result, loading, error, refetch } = useQuery(
    ListActionItemsDocument,
    () => ({ first: ACTION_ITEM_PAGE_SIZE, after: cursor.after.value, filter: toActionItemFilter(state.value, townshipId.value ?? '') }),
    () => ({ enabled: !!townshipId.value, keepPreviousResult: true, fetchPolicy: 'cache-and-network' }),
  );
  const connection = computed(() => result.value?.actionItems ?? null);

  function update(patch: Partial<ActionItemListState>) {
    return router.replace({ query: toActionItemQuery({ ...state.value, ...patch }, route.query) });
  }

  return {
    ...cursor,
    state,
    update,
    refetch,
    loading,
    error,
    pageCount: computed(() => Math.max(1, Math.ceil((connection.value?.totalCount ?? 0) / ACTION_ITEM_PAGE_SIZE))),
    rows: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    loaded: computed(() => connection.value !== null),
  };
}
