// The language helpers every feature uses; the messages themselves are assembled in app/i18n.
export { readStoredLocale, storeLocale, type Locale } from './locale';
export { showLocale, useLocale, useSetLocale } from './useLocale';
export { useLabel } from './useLabel';
export { useWaitText } from './useWaitText';
