import { createI18n } from 'vue-i18n';
import { zhCN } from '@/app/i18n/zh-CN';
import { en } from '@/app/i18n/en';
import type { Locale } from '@/app/i18n/locale';

/** A fresh i18n instance for mounting components in tests, in the given language. */
export function testI18n(locale: Locale = 'zh-CN') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN, en }, missingWarn: false, fallbackWarn: false });
}
