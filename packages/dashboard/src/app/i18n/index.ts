import { computed } from 'vue';
import { createI18n, useI18n } from 'vue-i18n';
import { zhCN, type Messages } from './zh-CN';
import { en } from './en';
import { readStoredLocale, storeLocale, type Locale } from './locale';

export type { Locale, Messages };

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  // Numbers are formatted with Intl directly (see components/ui/format.ts); no number formats here.
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

function applyToDocument(locale: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.title = i18n.global.t('app.title');
}
applyToDocument(i18n.global.locale.value);

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  storeLocale(locale);
  applyToDocument(locale);
}

/** The current language as a typed ref, for label tables and Intl formatting. */
export function useLocale() {
  const { locale } = useI18n();
  return computed(() => locale.value as Locale);
}
