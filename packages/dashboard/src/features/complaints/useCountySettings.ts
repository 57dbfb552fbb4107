import { computed } from 'vue';
import { COMPLAINT_SUPERVISOR_ROLES, Role } from '@township/shared';
import { useViewer } from '@/features/session';

/** County-wide leaders, office staff and administrators change the county's settings (time limits, calendar), as the API allows. */
export function useCountySettings() {
  const { viewer } = useViewer();
  const canEdit = computed(
    () => !!viewer.value && viewer.value.scope.kind === 'COUNTY' && [...COMPLAINT_SUPERVISOR_ROLES, Role.Admin].includes(viewer.value.role as Role),
  );
  return { canEdit };
}
