import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetIndicatorBreakdownDocument } from '@/gql/graphql';
import type { Period } from '@/features/indicators';

export function useIndicatorBreakdown(parentId: Ref<string | null>, period: Ref<Period | null>) {
  const { result, loading, error, refetch } = useQuery(
    GetIndicatorBreakdownDocument,
    () => ({ parentId: parentId.value ?? '', period: period.value ?? { from: '', to: '' } }),
    () => ({ enabled: Boolean(parentId.value && period.value) }),
  );
  return { rows: computed(() => result.value?.indicatorBreakdown ?? []), loading, error, refetch };
}
