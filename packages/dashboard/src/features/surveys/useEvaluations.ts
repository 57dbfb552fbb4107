import { computed, ref, watch, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { GetEvaluationRoundDocument, ListEvaluationRoundsDocument } from '@/gql/graphql';

/** The rounds the viewer can see, the newest chosen by default. */
export function useEvaluationRounds(initial: Ref<string | null> = ref(null)) {
  const { result, loading, error, refetch } = useQuery(ListEvaluationRoundsDocument);
  const rounds = computed(() => result.value?.evaluationRounds.nodes ?? []);
  const selectedId = ref<string | null>(initial.value);
  watch(
    rounds,
    (list) => {
      if (list.length && !list.some((r) => r.id === selectedId.value)) selectedId.value = list[0].id;
    },
    { immediate: true },
  );
  return { rounds, selectedId, loaded: computed(() => result.value !== undefined), loading, error, refetch };
}

export function useEvaluationRound(id: Ref<string | null>) {
  const { result, loading, error, refetch } = useQuery(
    GetEvaluationRoundDocument,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: Boolean(id.value) }),
  );
  return { round: computed(() => result.value?.evaluationRound ?? null), loading, error, refetch };
}
