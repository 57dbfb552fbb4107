import type { Locale } from '@township/shared';

export type { Locale };
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
/** Simplified Chinese is the working language of the township; English is a switch. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'township.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen last time on this browser, else Chinese (never the browser's guess). */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Private modes may refuse storage; the default is a fine answer.
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
}
