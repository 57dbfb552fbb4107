import { computed, ref, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ListMeetingParticipantsDocument } from '@/gql/graphql';

/** A cadre or a department, as one choice in a picker: `cadre:12` or `department:3`. */
export type ParticipantKey = `cadre:${string}` | `department:${string}`;

export function participantKey(p: { cadre?: { id: string } | null; department?: { id: string } | null }): ParticipantKey | null {
  if (p.cadre) return `cadre:${p.cadre.id}`;
  if (p.department) return `department:${p.department.id}`;
  return null;
}

/** The ids an input wants for a chosen participant, under the names the input uses. */
export function participantIds<C extends string, D extends string>(
  key: ParticipantKey | null | '',
  cadreField: C,
  departmentField: D,
): Record<C | D, string | null> {
  const [kind, id] = key ? key.split(':') : [null, null];
  return { [cadreField]: kind === 'cadre' ? id : null, [departmentField]: kind === 'department' ? id : null } as Record<C | D, string | null>;
}

/**
 * The township's departments and cadres for a picker; cadres are searched by name as the user
 * types (a township has hundreds), and the ones already chosen stay listed.
 */
export function useParticipants(townshipId: Ref<string | null>) {
  const search = ref('');
  const { result, loading } = useQuery(
    ListMeetingParticipantsDocument,
    () => ({ townshipId: townshipId.value ?? '', search: search.value || null }),
    () => ({ enabled: !!townshipId.value, debounce: 250, fetchPolicy: 'cache-first' }),
  );
  return {
    search,
    loading,
    departments: computed(() => result.value?.departments ?? []),
    cadres: computed(() => result.value?.cadres.nodes ?? []),
  };
}
