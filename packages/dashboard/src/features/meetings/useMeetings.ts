import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetAgendaDraftDocument, ListMeetingsDocument } from '@/gql/graphql';

/** A township's meetings, newest month first (two years of monthly meetings fit one page). */
export function useMeetings(townshipId: Ref<string | null>) {
  const { result, loading, error, refetch } = useQuery(
    ListMeetingsDocument,
    () => ({ filter: { townshipId: townshipId.value }, first: 24 }),
    () => ({ enabled: !!townshipId.value, fetchPolicy: 'cache-and-network' }),
  );
  return {
    meetings: computed(() => result.value?.meetings.nodes ?? []),
    total: computed(() => result.value?.meetings.totalCount ?? 0),
    loaded: computed(() => result.value !== undefined),
    loading,
    error,
    refetch,
  };
}

/** The live agenda draft of a township's month: computed by the API from the month's data, nothing saved. */
export function useAgendaDraft(townshipId: Ref<string | null>, month: Ref<string>, enabled: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(
    GetAgendaDraftDocument,
    () => ({ townshipId: townshipId.value ?? '', month: month.value }),
    () => ({ enabled: enabled.value && !!townshipId.value, fetchPolicy: 'network-only' }),
  );
  return { draft: computed(() => result.value?.draftAgenda ?? null), loading, error, refetch };
}
