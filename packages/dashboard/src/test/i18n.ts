import { createI18n } from 'vue-i18n';
import { en, zhCN } from '@/app/i18n/messages';
import type { Locale } from '@/lib/i18n';

/** A fresh i18n instance for mounting components in tests, in the given language. */
export function testI18n(locale: Locale = 'zh-CN') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN, en }, missingWarn: false, fallbackWarn: false });
}
