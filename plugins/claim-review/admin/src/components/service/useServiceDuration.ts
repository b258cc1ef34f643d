import { useT } from '../../utils/translate';

const MINUTE = 60_000;

/** A span as a coordinator reads it on the phone: "45 分钟", "1 小时 20 分", "2 天 3 小时". */
export function useServiceDuration() {
  const { t } = useT();
  return (ms: number) => {
    const minutes = Math.max(0, Math.round(ms / MINUTE));
    if (minutes < 60) return t('service.duration.minutes', { minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return t('service.duration.hours', { hours, minutes: minutes % 60 });
    return t('service.duration.days', { days: Math.floor(hours / 24), hours: hours % 24 });
  };
}
