import { useTranslation } from 'react-i18next';
import type { ServiceTimer } from '@shared/service';
import { useFormat } from '../../i18n/format';
import { useDurationText } from './useDurationText';

/**
 * One SLA clock as the server computed it when it answered: its name, the time left or
 * past due on its own calendar (office hours or round the clock), and the due instant.
 */
export function TimerBadge({ timer }: { timer: ServiceTimer }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const span = useDurationText();
  const overdue = timer.state === 'breached';
  return (
    <p className={`timer ${overdue ? 'timer-overdue' : 'timer-running'}`} data-timer={timer.name}>
      <span className="timer-name">{t(`workOrders.timers.${timer.name}`)}</span>{' '}
      <strong className="timer-span">
        {overdue ? t('workOrders.timer.overdue', { span: span(timer.overdueMs) }) : t('workOrders.timer.remaining', { span: span(timer.remainingMs) })}
      </strong>{' '}
      <span className="timer-due">{t('workOrders.timer.due', { at: fmt.dateTime(timer.dueAt) })}</span>
    </p>
  );
}
