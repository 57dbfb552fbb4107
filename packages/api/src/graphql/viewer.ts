import type { OrgUnitKind, Role } from '@township/shared';

/** The signed-in user a request acts for. */
export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  scope: { id: number; path: string; name: string; kind: OrgUnitKind };
}
