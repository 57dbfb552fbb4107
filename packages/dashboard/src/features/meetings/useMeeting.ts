import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AddAgendaItemDocument,
  FinaliseAgendaDocument,
  GetMeetingDocument,
  RecordDecisionDocument,
  RecordMinutesDocument,
  RemoveAgendaItemDocument,
  ReopenAgendaDocument,
  ReorderAgendaItemsDocument,
  UpdateAgendaItemDocument,
  UpdateMeetingDocument,
  type MeetingFieldsFragment,
} from '@/gql/graphql';

export type MeetingData = MeetingFieldsFragment;
export type AgendaItemData = MeetingFieldsFragment['agenda'][number];

/** One meeting with its agenda, versions and decisions. */
export function useMeeting(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GetMeetingDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return { meeting: computed(() => result.value?.meeting ?? null), loading, error, refetch };
}

/**
 * The meeting's edits. Mutations that answer with the meeting update the page from the Apollo
 * cache; those that answer with a part only (an item, a decision) refetch the meeting, so the
 * page always shows what the server kept.
 */
export function useMeetingEdits(id: Ref<string>) {
  const refetchMeeting = () => [{ query: GetMeetingDocument, variables: { id: id.value } }];
  const mutations = {
    updateMeeting: useMutation(UpdateMeetingDocument),
    finalise: useMutation(FinaliseAgendaDocument),
    reopen: useMutation(ReopenAgendaDocument),
    recordMinutes: useMutation(RecordMinutesDocument),
    removeItem: useMutation(RemoveAgendaItemDocument),
    reorder: useMutation(ReorderAgendaItemsDocument),
    addItem: useMutation(AddAgendaItemDocument, () => ({ refetchQueries: refetchMeeting(), awaitRefetchQueries: true })),
    updateItem: useMutation(UpdateAgendaItemDocument, () => ({ refetchQueries: refetchMeeting(), awaitRefetchQueries: true })),
    recordDecision: useMutation(RecordDecisionDocument, () => ({ refetchQueries: refetchMeeting(), awaitRefetchQueries: true })),
  };
  const busy = computed(() => Object.values(mutations).some((m) => m.loading.value));
  return {
    busy,
    updateMeeting: mutations.updateMeeting.mutate,
    finalise: mutations.finalise.mutate,
    reopen: mutations.reopen.mutate,
    recordMinutes: mutations.recordMinutes.mutate,
    removeItem: mutations.removeItem.mutate,
    reorder: mutations.reorder.mutate,
    addItem: mutations.addItem.mutate,
    updateItem: mutations.updateItem.mutate,
    recordDecision: mutations.recordDecision.mutate,
  };
}
