import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ListActionItemOwnersDocument } from '@/gql/graphql';

/** Who may own a township's action items, for the owner filter: its own cadres, then its departments. */
export function useActionItemOwners(townshipId: Ref<string | null>) {
  const { result } = useQuery(
    ListActionItemOwnersDocument,
    () => ({ townshipId: townshipId.value ?? '' }),
    () => ({
      enabled: !!townshipId.value,
      fetchPolicy: 'cache-first',
    }),
  );
  return {
    // In rank order; a cadre holding two functions is listed once.
    cadres: computed(() => {
      const r = result.value;
      const all = r ? [...r.heads.nodes, ...r.deputies.nodes, ...r.office.nodes, ...r.stationed.nodes] : [];
      return [...new Map(all.map((c) => [c.id, c])).values()];
    }),
    departments: computed(() => result.value?.departments ?? []),
  };
}
