import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetViewerDocument } from '@/gql/graphql';

/** The signed-in user for components; the route guard has already put it in the cache. */
export function useViewer() {
  const { result, loading } = useQuery(GetViewerDocument, null, { fetchPolicy: 'cache-first' });
  const viewer = computed(() => result.value?.viewer ?? null);
  return { viewer, loading };
}
