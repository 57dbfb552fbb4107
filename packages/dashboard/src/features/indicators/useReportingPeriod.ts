import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetLatestMonthDocument } from '@/gql/graphql';
import { trendEndingAt, yearEndingAt } from './reporting-period';

/** The periods every page reads over, anchored at the latest month with data (not today). */
export function useReportingPeriod() {
  const { result, loading, error, refetch } = useQuery(GetLatestMonthDocument, null, { fetchPolicy: 'cache-first' });
  const latestMonth = computed(() => result.value?.latestMonth ?? null);
  const year = computed(() => (latestMonth.value ? yearEndingAt(latestMonth.value) : null));
  const trend = computed(() => (latestMonth.value ? trendEndingAt(latestMonth.value) : null));
  return { latestMonth, year, trend, loading, error, refetch };
}
