import { ErrorCode, OrgUnitKind, Role, TOWNSHIP_KINDS } from '@township/shared';

// Who may read the joint meeting's pages and report on its action items, as the API decides it:
// the dashboard only avoids offering what would be refused.

interface ViewerLike {
  role: string;
  canEdit: boolean;
  scope: { kind: string };
}

/**
 * A meeting shows every village of its township, so only viewers whose scope holds whole
 * townships (a county or a township) read meetings; the API refuses a village officer.
 */
export const readsMeetings = (viewer: ViewerLike) =>
  viewer.scope.kind === OrgUnitKind.County || (TOWNSHIP_KINDS as readonly string[]).includes(viewer.scope.kind);

/** Editors (leaders, office staff, admins) report on any item; department users only on items a department owns. */
export const mayReport = (viewer: ViewerLike, item: { ownerDepartment: unknown }) =>
  viewer.canEdit || (viewer.role === Role.Department && item.ownerDepartment != null);

/** The API's answer to a viewer who does not read meetings, shown without asking it again for every query. */
export const MEETINGS_FORBIDDEN = { graphQLErrors: [{ extensions: { code: ErrorCode.Forbidden } }] };
