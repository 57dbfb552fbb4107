import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { ComplaintCategory, ComplaintChannel, ComplaintStatus } from '@township/shared';
import type { ComplaintFilter } from '@/gql/graphql';

/** The complaint list's filters as they appear in the URL, so a link reproduces the list. */
export interface ComplaintListState {
  status: ComplaintStatus[];
  category: ComplaintCategory[];
  channel: ComplaintChannel[];
  orgUnit: string | null;
  overdue: boolean;
  mine: boolean;
  repeat: boolean;
  from: string | null;
  to: string | null;
  search: string;
}

export const EMPTY_LIST_STATE: ComplaintListState = {
  status: [],
  category: [],
  channel: [],
  orgUnit: null,
  overdue: false,
  mine: false,
  repeat: false,
  from: null,
  to: null,
  search: '',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const many = <T extends string>(value: LocationQuery[string] | undefined, allowed: readonly T[]): T[] => {
  const raw = (Array.isArray(value) ? value.join(',') : (value ?? '')).split(',');
  return allowed.filter((v) => raw.includes(v));
};
const one = (value: LocationQuery[string] | undefined): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : null;
};

/** Reads the URL; anything malformed falls back to "no filter", never throws. */
export function parseComplaintListQuery(query: LocationQuery): ComplaintListState {
  const date = (value: string | null) => (value && DATE.test(value) ? value : null);
  return {
    status: many(query.status, Object.values(ComplaintStatus)),
    category: many(query.category, Object.values(ComplaintCategory)),
    channel: many(query.channel, Object.values(ComplaintChannel)),
    orgUnit: one(query.unit),
    overdue: one(query.overdue) === '1',
    mine: one(query.mine) === '1',
    repeat: one(query.repeat) === '1',
    from: date(one(query.from)),
    to: date(one(query.to)),
    search: (one(query.q) ?? '').trim(),
  };
}

export function toComplaintListQuery(state: ComplaintListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.status.length) query.status = state.status.join(',');
  if (state.category.length) query.category = state.category.join(',');
  if (state.channel.length) query.channel = state.channel.join(',');
  if (state.orgUnit) query.unit = state.orgUnit;
  if (state.overdue) query.overdue = '1';
  if (state.mine) query.mine = '1';
  if (state.repeat) query.repeat = '1';
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  if (state.search) query.q = state.search;
  return query;
}

/** The API filter for the state; empty conditions are left out. */
export function toComplaintFilter(state: ComplaintListState): ComplaintFilter {
  return {
    status: state.status.length ? state.status : null,
    category: state.category.length ? state.category : null,
    channel: state.channel.length ? state.channel : null,
    orgUnitId: state.orgUnit,
    overdue: state.overdue || null,
    mine: state.mine || null,
    repeat: state.repeat || null,
    receivedFrom: state.from,
    receivedTo: state.to,
    search: state.search || null,
  };
}
