import { computed, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { useCursorPages } from '@/components/ui/useCursorPages';
import { ListComplaintsDocument, ListTownshipsDocument } from '@/gql/graphql';
import { parseComplaintListQuery, toComplaintFilter, toComplaintListQuery, type ComplaintListState } from './complaint-list-query';

export const COMPLAINT_PAGE_SIZE = 20;

/** The complaint list: filters in the URL, pages through cursors; a filter change starts again at the first page. */
export function useComplaintList() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseComplaintListQuery(route.query));
  const cursor = useCursorPages(() => connection.value?.pageInfo);
  watch(
    () => JSON.stringify(state.value),
    () => cursor.reset(),
  );

  const { result, loading, error, refetch } = useQuery(
    ListComplaintsDocument,
    () => ({ first: COMPLAINT_PAGE_SIZE, after: cursor.after.value, filter: toComplaintFilter(state.value) }),
    () => ({ keepPreviousResult: true, fetchPolicy: 'cache-and-network' }),
  );
  const connection = computed(() => result.value?.complaints ?? null);

  function update(patch: Partial<ComplaintListState>) {
    return router.replace({ name: route.name ?? undefined, query: toComplaintListQuery({ ...state.value, ...patch }) });
  }

  return {
    ...cursor,
    state,
    update,
    refetch,
    loading,
    error,
    rows: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    loaded: computed(() => connection.value !== null),
  };
}

/** Townships the viewer may filter by (the villages feature's ListTownships operation, cached). */
export function useTownshipChoices() {
  const { result } = useQuery(ListTownshipsDocument, null, { fetchPolicy: 'cache-first' });
  return { townships: computed(() => result.value?.townships ?? []) };
}
