import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { storeLocale, type Locale } from './locale';

/** The current language as a typed ref, for label tables and Intl formatting. */
export function useLocale() {
  const { locale } = useI18n();
  return computed(() => locale.value as Locale);
}

/** Tells the browser the page's language (screen readers, hyphenation) and titles the tab in it. */
export function showLocale(locale: Locale, t: (key: string) => string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.title = t('app.title');
}

/** Switches the whole app's language and remembers the choice on this browser. */
export function useSetLocale() {
  const { locale, t } = useI18n({ useScope: 'global' });
  return (next: Locale): void => {
    locale.value = next;
    storeLocale(next);
    showLocale(next, t);
  };
}
