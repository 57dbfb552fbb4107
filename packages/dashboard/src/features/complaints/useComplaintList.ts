import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { ListComplaintsDocument, ListTownshipsDocument } from '@/gql/graphql';
import { parseComplaintListQuery, toComplaintFilter, toComplaintListQuery, type ComplaintListState } from './complaint-list-query';

export const COMPLAINT_PAGE_SIZE = 20;

/**
 * The complaint list: filters in the URL, pages through cursors. The cursors of the pages seen
 * are kept to step back; a filter change starts again at the first page.
 */
export function useComplaintList() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseComplaintListQuery(route.query));
  const cursors = ref<(string | null)[]>([null]);
  watch(() => JSON.stringify(state.value), () => (cursors.value = [null]));

  const { result, loading, error, refetch } = useQuery(
    ListComplaintsDocument,
    () => ({ first: COMPLAINT_PAGE_SIZE, after: cursors.value.at(-1) ?? null, filter: toComplaintFilter(state.value) }),
    () => ({ keepPreviousResult: true, fetchPolicy: 'cache-and-network' }),
  );
  const connection = computed(() => result.value?.complaints ?? null);

  function update(patch: Partial<ComplaintListState>) {
    return router.replace({ name: route.name ?? undefined, query: toComplaintListQuery({ ...state.value, ...patch }) });
  }
  function next() {
    const cursor = connection.value?.pageInfo.endCursor;
    if (cursor && connection.value?.pageInfo.hasNextPage) cursors.value = [...cursors.value, cursor];
  }
  function previous() {
    if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
  }

  return {
    state, update, next, previous, refetch, loading, error,
    page: computed(() => cursors.value.length),
    rows: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    hasNext: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loaded: computed(() => connection.value !== null),
  };
}

/** Townships the viewer may filter by (the villages feature's ListTownships operation, cached). */
export function useTownshipChoices() {
  const { result } = useQuery(ListTownshipsDocument, null, { fetchPolicy: 'cache-first' });
  return { townships: computed(() => result.value?.townships ?? []) };
}
