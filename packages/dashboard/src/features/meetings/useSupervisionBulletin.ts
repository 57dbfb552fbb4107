import { computed, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { currentMonth, isMonth, type ActionItemStatus } from '@township/shared';
import { GetSupervisionBulletinDocument } from '@/gql/graphql';

/** The bulletin's month, kept in the URL (`?month=`) so that the print page and a link show the same one; this month by default. */
export function useBulletinMonth() {
  const route = useRoute();
  const router = useRouter();
  return computed<string>({
    get() {
      const asked = route.query.month;
      return typeof asked === 'string' && isMonth(asked) ? asked : currentMonth();
    },
    set(month) {
      void router.replace({ query: { ...route.query, month } });
    },
  });
}

/** The supervision bulletin (督查通报) of a township for a month. */
export function useSupervisionBulletin(townshipId: Ref<string | null>, month: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(
    GetSupervisionBulletinDocument,
    () => ({ townshipId: townshipId.value ?? '', month: month.value }),
    () => ({
      enabled: !!townshipId.value,
      fetchPolicy: 'cache-and-network',
    }),
  );
  const bulletin = computed(() => result.value?.supervisionBulletin ?? null);
  /** Items by list, in the order of BULLETIN_SECTIONS. */
  const sections = computed(() => {
    const b = bulletin.value;
    return b ? { overdue: b.overdue, open: b.open, done: b.doneSinceLastMeeting } : null;
  });
  /** Counts by status and overdue, as the tracker's headline shows them; the total for the notice's sentence. */
  const counts = computed(() => {
    const b = bulletin.value;
    if (!b) return null;
    const byStatus = Object.fromEntries(b.counts.map((c) => [c.status, c.count])) as Record<ActionItemStatus, number>;
    return { byStatus, overdue: b.overdueCount, total: b.counts.reduce((sum, c) => sum + c.count, 0) };
  });
  return { bulletin, sections, counts, loading, error, refetch };
}
