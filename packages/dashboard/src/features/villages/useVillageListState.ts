import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { listKey, parseVillageListQuery, toVillageListQuery, type PageSize, type VillageListState } from './village-list-query';

type FilterPatch = Partial<Pick<VillageListState, 'township' | 'category' | 'search' | 'sort' | 'dir' | 'size'>>;

/**
 * The list's view state, read from and written to the URL. Pages are reached through cursors
 * (the API's connections have `first`/`after` only), so the cursor of every page seen is kept
 * to step back; a page opened from a link without that history steps back to the first page.
 */
export function useVillageListState() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseVillageListQuery(route.query));
  const cursors = new Map<string, Map<number, string | null>>();

  function remember(s: VillageListState) {
    const key = listKey(s);
    if (!cursors.has(key)) cursors.set(key, new Map([[1, null]]));
    cursors.get(key)!.set(s.page, s.after);
    return cursors.get(key)!;
  }

  function navigate(next: VillageListState) {
    return router.push({ name: route.name ?? undefined, params: route.params, query: toVillageListQuery(next) });
  }

  /** Any filter, sort or size change starts again at the first page. */
  function update(patch: FilterPatch) {
    return navigate({ ...state.value, ...patch, page: 1, after: null });
  }

  function nextPage(endCursor: string) {
    const current = state.value;
    remember(current).set(current.page + 1, endCursor);
    return navigate({ ...current, page: current.page + 1, after: endCursor });
  }

  function previousPage() {
    const current = state.value;
    const known = remember(current);
    const target = current.page - 1;
    if (target >= 1 && known.has(target)) return navigate({ ...current, page: target, after: known.get(target) ?? null });
    return navigate({ ...current, page: 1, after: null });
  }

  function setPageSize(size: PageSize) {
    return update({ size });
  }

  return { state, update, nextPage, previousPage, setPageSize };
}
