import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import type { DocumentNode } from 'graphql';
import {
  AcceptComplaintDocument,
  CloseComplaintDocument,
  DecideComplaintAccountabilityDocument,
  EscalateComplaintDocument,
  FollowUpComplaintDocument,
  GetComplaintDocument,
  HandOverComplaintDocument,
  ListComplaintHandlersDocument,
  RecordComplaintAccountabilityDocument,
  ReopenComplaintDocument,
  ReplyToComplaintDocument,
  StartComplaintDocument,
} from '@/gql/graphql';

/** One complaint with its timeline; refetched after every step. */
export function useComplaint(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GetComplaintDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return { complaint: computed(() => result.value?.complaint ?? null), loading, error, refetch };
}

/** Who a complaint of the village may be handed to. */
export function useComplaintHandlers(villageId: Ref<string | null>, enabled: Ref<boolean>) {
  const { result, loading } = useQuery(
    ListComplaintHandlersDocument,
    () => ({ villageId: villageId.value ?? '' }),
    () => ({ enabled: enabled.value && !!villageId.value }),
  );
  return { handlers: computed(() => result.value?.complaintHandlers ?? []), loading };
}

/**
 * The step mutations by action. Each resolves when done; the caller refetches the complaint so
 * the timeline shows the step with its author and time as the server recorded them.
 */
export function useComplaintSteps() {
  const documents = {
    ACCEPT: AcceptComplaintDocument,
    START: StartComplaintDocument,
    REPLY: ReplyToComplaintDocument,
    FOLLOW_UP: FollowUpComplaintDocument,
    CLOSE: CloseComplaintDocument,
    REOPEN: ReopenComplaintDocument,
    HAND_OVER: HandOverComplaintDocument,
    ESCALATE: EscalateComplaintDocument,
    RECORD_ACCOUNTABILITY: RecordComplaintAccountabilityDocument,
    DECIDE_ACCOUNTABILITY: DecideComplaintAccountabilityDocument,
  } as const;
  const mutations = Object.fromEntries(Object.entries(documents).map(([key, document]) => [key, useMutation(document as DocumentNode)])) as Record<
    keyof typeof documents,
    ReturnType<typeof useMutation>
  >;
  const busy = computed(() => Object.values(mutations).some((m) => m.loading.value));
  async function run(step: keyof typeof documents, variables: Record<string, unknown>) {
    await mutations[step].mutate(variables);
  }
  return { run, busy };
}
