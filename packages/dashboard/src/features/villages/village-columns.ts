import type { IndicatorKey } from '@township/shared';
import type { VillageOrderField } from '@/gql/graphql';

/**
 * The indicators shown as list columns: the ones the sources assess villages on most (sex
 * ratio, planned births, health checks, fee collection). Each can also be the server-side sort.
 */
export const LIST_INDICATORS: readonly IndicatorKey[] = ['SEX_RATIO_AT_BIRTH', 'PLANNED_BIRTH_RATE', 'HEALTH_CHECK_RATE', 'FEE_COLLECTION_RATE'];

/** Table column prop → server sort field. Columns not listed here do not sort. */
export const SORTABLE_COLUMNS: Readonly<Record<string, VillageOrderField>> = {
  name: 'NAME',
  population: 'POPULATION',
  SEX_RATIO_AT_BIRTH: 'SEX_RATIO_AT_BIRTH',
  PLANNED_BIRTH_RATE: 'PLANNED_BIRTH_RATE',
  HEALTH_CHECK_RATE: 'HEALTH_CHECK_RATE',
  FEE_COLLECTION_RATE: 'FEE_COLLECTION_RATE',
};

export function columnOfSort(field: VillageOrderField): string | undefined {
  return Object.entries(SORTABLE_COLUMNS).find(([, f]) => f === field)?.[0];
}
