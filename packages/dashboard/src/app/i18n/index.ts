import { createI18n } from 'vue-i18n';
import { readStoredLocale, showLocale, type Locale } from '@/lib/i18n';
import { en, zhCN, type Messages } from './messages';

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  // Numbers are formatted with Intl directly (see components/ui/format.ts); no number formats here.
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

showLocale(i18n.global.locale.value, i18n.global.t);
