import { computed, ref, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { useRoute, useRouter } from 'vue-router';
import { ListAssessmentPeriodsDocument } from '@/gql/graphql';

/**
 * The periods with results and the one chosen, kept in the address (`?period=2026-Q3`) so a
 * ranking can be shared; the latest quarter by default.
 */
export function useAssessmentPeriod() {
  const route = useRoute();
  const router = useRouter();
  const { result, loading, error, refetch } = useQuery(ListAssessmentPeriodsDocument, null, { fetchPolicy: 'cache-and-network' });
  const periods = computed(() => result.value?.assessmentPeriods ?? []);
  const chosen = ref<string | null>(typeof route.query.period === 'string' ? route.query.period : null);
  const period = computed(() => (chosen.value && periods.value.includes(chosen.value) ? chosen.value : (periods.value[0] ?? null)));
  watch(chosen, (value) => {
    if (value && route.query.period !== value) void router.replace({ query: { ...route.query, period: value } });
  });
  return { periods, period, choose: (value: string) => (chosen.value = value), loading, error, refetch };
}
