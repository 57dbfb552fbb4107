import { label, type Locale } from '@township/shared';
import { useLocale } from './useLocale';

type LabelTable<K extends string> = Record<K, Record<Locale, string>>;

/**
 * Enum labels come from @township/shared's tables (one source for API messages and UI), read in
 * the current language: `l(ROLE_LABELS, viewer.role)`.
 */
export function useLabel() {
  const locale = useLocale();
  return <K extends string>(table: LabelTable<K>, key: K | null | undefined): string => (key == null ? '—' : label(table, key, locale.value));
}
