import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { ActionItemStatus } from '@township/shared';
import type { ActionItemFilter } from '@/gql/graphql';

/** An action item's owner: a cadre or a department, written `cadre-7` / `department-2` in the URL. */
export interface ActionItemOwner {
  kind: 'cadre' | 'department';
  id: string;
}

/** The tracker's filters as they appear in the URL (beside `?township=`), so a link reproduces the list. */
export interface ActionItemListState {
  status: ActionItemStatus[];
  overdue: boolean;
  owner: ActionItemOwner | null;
}

export const EMPTY_ACTION_ITEM_STATE: ActionItemListState = { status: [], overdue: false, owner: null };

const OWNER = /^(cadre|department)-(\d+)$/;
const first = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export const ownerKey = (owner: ActionItemOwner) => `${owner.kind}-${owner.id}`;

export function parseOwner(key: string): ActionItemOwner | null {
  const match = OWNER.exec(key);
  return match ? { kind: match[1] as ActionItemOwner['kind'], id: match[2] } : null;
}

/** Reads the URL; whatever a hand-edited link gets wrong falls back to "no filter", never throws. */
export function parseActionItemQuery(query: LocationQuery): ActionItemListState {
  const statuses = first(query.status).split(',');
  return {
    status: Object.values(ActionItemStatus).filter((s) => statuses.includes(s)),
    overdue: first(query.overdue) === '1',
    owner: parseOwner(first(query.owner)),
  };
}

/** The URL for the state; the query's other parameters (the township) are kept. */
export function toActionItemQuery(state: ActionItemListState, rest: LocationQuery): LocationQueryRaw {
  const query: LocationQueryRaw = { ...rest };
  for (const key of ['status', 'overdue', 'owner']) delete query[key];
  if (state.status.length) query.status = state.status.join(',');
  if (state.overdue) query.overdue = '1';
  if (state.owner) query.owner = ownerKey(state.owner);
  return query;
}

/** The API filter for the state within a township; conditions not set are left out. */
export function toActionItemFilter(state: ActionItemListState, townshipId: string): ActionItemFilter {
  return {
    townshipId,
    status: state.status.length ? state.status : null,
    overdue: state.overdue || null,
    ownerCadreId: state.owner?.kind === 'cadre' ? state.owner.id : null,
    ownerDepartmentId: state.owner?.kind === 'department' ? state.owner.id : null,
  };
}
