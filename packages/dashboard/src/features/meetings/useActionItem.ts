import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { GetActionItemDocument, UpdateActionItemDocument, type UpdateActionItemInput } from '@/gql/graphql';

/** One action item with its history. A link may be opened cold, so it is fetched by id alone. */
export function useActionItem(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GetActionItemDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return { item: computed(() => result.value?.actionItem ?? null), loading, error, refetch };
}

/**
 * Reports progress. The answer updates the item in Apollo's cache (status, progress, history), so
 * the page shows the new report as the server recorded it; the lists and counts are asked again
 * because the item may have moved between them.
 */
export function useReportProgress() {
  const { mutate, loading } = useMutation(UpdateActionItemDocument, {
    refetchQueries: ['ListActionItems', 'CountActionItems', 'GetSupervisionBulletin', 'GetNextMeeting'],
  });
  return { report: (id: string, input: UpdateActionItemInput) => mutate({ id, input }), busy: loading };
}
