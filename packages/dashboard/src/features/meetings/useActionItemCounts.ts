import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { ActionItemStatus } from '@township/shared';
import { CountActionItemsDocument } from '@/gql/graphql';

/** A township's action items by status and how many are overdue (the tracker's headline). */
export function useActionItemCounts(townshipId: Ref<string | null>) {
  const { result, refetch } = useQuery(
    CountActionItemsDocument,
    () => ({ townshipId: townshipId.value ?? '' }),
    () => ({
      enabled: !!townshipId.value,
      fetchPolicy: 'cache-and-network',
    }),
  );
  const counts = computed(() => {
    const r = result.value;
    if (!r) return null;
    const byStatus: Record<ActionItemStatus, number> = {
      OPEN: r.open.totalCount,
      IN_PROGRESS: r.inProgress.totalCount,
      DONE: r.done.totalCount,
      CANCELLED: r.cancelled.totalCount,
    };
    return { byStatus, overdue: r.overdue.totalCount };
  });
  return { counts, refetch };
}
