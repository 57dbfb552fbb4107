import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { TOWNSHIP_KINDS } from '@township/shared';
import { GetLatestMeetingDocument, ListTownshipsDocument } from '@/gql/graphql';
import { useViewer } from '@/features/session';
import { readsMeetings } from './meeting-access';

/**
 * The township whose meetings the pages show, kept in the URL (`?township=`) so a link or a
 * reload opens the same one. A township viewer has only their own; a county viewer starts on the
 * township of the newest meeting (the one that holds them), else the first township.
 */
export function useMeetingTownship() {
  const route = useRoute();
  const router = useRouter();
  const { viewer } = useViewer();
  const ownTownship = computed(() => (viewer.value && (TOWNSHIP_KINDS as readonly string[]).includes(viewer.value.scope.kind) ? viewer.value.scope.id : null));
  const readable = computed(() => !!viewer.value && readsMeetings(viewer.value));
  const townshipsQuery = useQuery(ListTownshipsDocument, null, () => ({ enabled: readable.value, fetchPolicy: 'cache-first' }));
  const latestQuery = useQuery(GetLatestMeetingDocument, null, () => ({ enabled: readable.value && !ownTownship.value, fetchPolicy: 'cache-and-network' }));

  const townships = computed(() => townshipsQuery.result.value?.townships ?? []);
  const townshipId = computed<string | null>({
    get() {
      if (!readable.value) return null;
      if (ownTownship.value) return ownTownship.value;
      const asked = route.query.township;
      if (typeof asked === 'string' && asked) return asked;
      if (!latestQuery.result.value || !townshipsQuery.result.value) return null;
      return latestQuery.result.value.meetings.nodes[0]?.township.id ?? townships.value[0]?.id ?? null;
    },
    set(id) {
      void router.replace({ query: { ...route.query, township: id ?? undefined } });
    },
  });
  const township = computed(() => townships.value.find((t) => t.id === townshipId.value) ?? null);
  return {
    readable,
    townships,
    townshipId,
    township,
    /** Only a county (or wider) viewer chooses; a township's own staff see theirs. */
    canChoose: computed(() => !ownTownship.value && townships.value.length > 1),
    error: computed(() => townshipsQuery.error.value ?? latestQuery.error.value ?? null),
  };
}
