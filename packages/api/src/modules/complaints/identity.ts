import { COMPLAINT_IDENTITY_ROLES } from '@township/shared';
import type { Viewer } from '../../graphql/viewer.js';

/**
 * Who sees a complainant's identity: leaders and office staff, and the complaint's owner (who has
 * to call the person back). Everyone else, analysts and departments included, sees masked values.
 */
export function seesIdentity(viewer: Viewer, ownerId: number): boolean {
  return COMPLAINT_IDENTITY_ROLES.includes(viewer.role) || viewer.userId === ownerId;
}

/** Whether identity searches (by phone, ID number) may range over every complaint in scope or only over the viewer's own. */
export const searchesAllIdentities = (viewer: Viewer) => COMPLAINT_IDENTITY_ROLES.includes(viewer.role);

/**
 * Masks harder than the general PersonalData middleware: a phone's first and last digits would
 * let someone who already knows a number confirm it, so phones and ID numbers keep only their
 * length; a name keeps its surname (shared by thousands).
 */
export function maskIdentity(kind: 'name' | 'phone' | 'idNumber', value: string): string {
  if (kind === 'name') return `${[...value][0]}${'*'.repeat(Math.max([...value].length - 1, 1))}`;
  return '*'.repeat(value.length);
}
