import { useI18n } from 'vue-i18n';

/**
 * A wait the API asks for (`retryAfter`, in seconds) in the viewer's language: seconds under a
 * minute, whole minutes (rounded up) beyond, "a while" when the API did not say.
 */
export function useWaitText() {
  const { t } = useI18n();
  return (seconds: number | null): string => {
    if (seconds == null) return t('common.waitAWhile');
    return seconds < 60 ? t('common.waitSeconds', seconds) : t('common.waitMinutes', Math.ceil(seconds / 60));
  };
}
