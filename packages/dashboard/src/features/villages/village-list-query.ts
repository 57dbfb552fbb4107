import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { SortDirection, VillageCategory, VillageOrderField } from '@/gql/graphql';

/**
 * The villages list's view — filters, sort and page — as it appears in the URL, so a copied
 * link reproduces exactly what the sender saw. Defaults are left out to keep links short.
 */
export interface VillageListState {
  township: string | null;
  category: VillageCategory | null;
  search: string;
  sort: VillageOrderField;
  dir: SortDirection;
  size: PageSize;
  /** 1-based page number, for display; the cursor below is what fetches the page. */
  page: number;
  /** Relay cursor after which this page starts; null on the first page. */
  after: string | null;
}

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const CATEGORIES: readonly VillageCategory[] = ['A', 'B', 'C'];
const ORDER_FIELDS: readonly VillageOrderField[] = [
  'NAME',
  'CODE',
  'POPULATION',
  'SEX_RATIO_AT_BIRTH',
  'PLANNED_BIRTH_RATE',
  'BIRTH_RATE',
  'NATURAL_GROWTH_RATE',
  'CONTRACEPTION_RATE',
  'HEALTH_CHECK_RATE',
  'FEE_COLLECTION_RATE',
];

export const DEFAULT_STATE: VillageListState = {
  township: null,
  category: null,
  search: '',
  sort: 'NAME',
  dir: 'ASC',
  size: 20,
  page: 1,
  after: null,
};

function one(value: LocationQuery[string] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : null;
}

function oneOf<T extends string | number>(allowed: readonly T[], raw: T | null, fallback: T): T {
  return raw !== null && allowed.includes(raw) ? raw : fallback;
}

/** Reads the URL; anything malformed (hand-edited links) falls back to the default, never throws. */
export function parseVillageListQuery(query: LocationQuery): VillageListState {
  const after = one(query.after);
  const page = Number(one(query.page));
  return {
    township: one(query.township),
    category: oneOf<VillageCategory | ''>(CATEGORIES, one(query.category) as VillageCategory, '') || null,
    search: (one(query.q) ?? '').trim(),
    sort: oneOf(ORDER_FIELDS, one(query.sort) as VillageOrderField, DEFAULT_STATE.sort),
    dir: one(query.dir) === 'DESC' ? 'DESC' : 'ASC',
    size: oneOf<number>(PAGE_SIZES, Number(one(query.size)), DEFAULT_STATE.size) as PageSize,
    // A page number without its cursor cannot be fetched: start from the first page instead.
    page: after && Number.isInteger(page) && page > 1 ? page : 1,
    after: after && Number.isInteger(page) && page > 1 ? after : null,
  };
}

export function toVillageListQuery(state: VillageListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.township) query.township = state.township;
  if (state.category) query.category = state.category;
  if (state.search) query.q = state.search;
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    query.sort = state.sort;
    query.dir = state.dir;
  }
  if (state.size !== DEFAULT_STATE.size) query.size = String(state.size);
  if (state.page > 1 && state.after) {
    query.page = String(state.page);
    query.after = state.after;
  }
  return query;
}

/** Identifies a result set: pages of different filters or sorts never share cursors. */
export function listKey(state: VillageListState): string {
  return JSON.stringify([state.township, state.category, state.search, state.sort, state.dir, state.size]);
}
