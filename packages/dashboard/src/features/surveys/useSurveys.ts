import { computed, ref, watch, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetSatisfactionTrendDocument, GetSurveyResultsDocument, ListSurveyCampaignsDocument } from '@/gql/graphql';

/**
 * The campaigns the viewer can see and the one chosen: by default the newest closed campaign
 * (complete figures), or the newest when none is closed yet.
 */
export function useSurveyCampaigns(preferClosed = true) {
  const { result, loading, error, refetch } = useQuery(ListSurveyCampaignsDocument);
  const campaigns = computed(() => result.value?.surveyCampaigns.nodes ?? []);
  const selectedId = ref<string | null>(null);
  watch(
    campaigns,
    (list) => {
      if (selectedId.value && list.some((c) => c.id === selectedId.value)) return;
      selectedId.value = (preferClosed ? list.find((c) => c.status === 'CLOSED') : list.find((c) => c.status === 'OPEN'))?.id ?? list[0]?.id ?? null;
    },
    { immediate: true },
  );
  const selected = computed(() => campaigns.value.find((c) => c.id === selectedId.value) ?? null);
  return { campaigns, selectedId, selected, loaded: computed(() => result.value !== undefined), loading, error, refetch };
}

export function useSurveyResults(id: Ref<string | null>) {
  const { result, loading, error, refetch } = useQuery(
    GetSurveyResultsDocument,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: Boolean(id.value) }),
  );
  return { campaign: computed(() => result.value?.surveyCampaign ?? null), loading, error, refetch };
}

export function useSatisfactionTrend(orgUnitId: Ref<string | null>) {
  const { result, loading, error } = useQuery(
    GetSatisfactionTrendDocument,
    () => ({ orgUnitId: orgUnitId.value ?? '' }),
    () => ({ enabled: Boolean(orgUnitId.value) }),
  );
  return { points: computed(() => result.value?.satisfactionTrend ?? []), loading, error };
}
