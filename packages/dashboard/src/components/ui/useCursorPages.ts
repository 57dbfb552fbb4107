import { computed, ref } from 'vue';

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Paging through a Relay connection: the cursors of the pages seen are kept so that "previous"
 * can step back (connections only page forward); `reset` starts again at page one, as a new
 * filter must. `pageInfo` is read lazily because the query it comes from takes `after` from here.
 */
export function useCursorPages(pageInfo: () => PageInfo | null | undefined) {
  const cursors = ref<(string | null)[]>([null]);
  return {
    after: computed(() => cursors.value.at(-1) ?? null),
    page: computed(() => cursors.value.length),
    hasNext: computed(() => pageInfo()?.hasNextPage ?? false),
    next() {
      const info = pageInfo();
      if (info?.hasNextPage && info.endCursor) cursors.value = [...cursors.value, info.endCursor];
    },
    previous() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
    },
    reset() {
      cursors.value = [null];
    },
  };
}
