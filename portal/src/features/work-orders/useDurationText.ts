import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { durationParts } from './duration';

/** "1小时20分" / "1 h 20 min"; minutes alone read "35分钟"; past a day the minutes no longer matter. */
export function useDurationText(): (ms: number) => string {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (ms: number) => {
      const { days, hours, minutes } = durationParts(ms);
      if (days === 0 && hours === 0) {
        return minutes === 0 ? t('workOrders.duration.underMinute') : t('workOrders.duration.minutesOnly', { count: minutes });
      }
      const parts = [
        days > 0 && t('workOrders.duration.days', { count: days }),
        hours > 0 && t('workOrders.duration.hours', { count: hours }),
        days === 0 && minutes > 0 && t('workOrders.duration.minutes', { count: minutes }),
      ].filter(Boolean);
      return parts.join(english ? ' ' : '');
    },
    [t, english],
  );
}
