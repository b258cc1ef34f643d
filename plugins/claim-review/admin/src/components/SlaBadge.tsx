import * as React from 'react';
import { Badge, Tooltip } from '@strapi/design-system';
import type { ClaimStatus } from '../api/types';
import type { Sla } from '../../../shared';
import { useDuration, useT } from '../utils/translate';

const RUNNING: ClaimStatus[] = ['submitted', 'in_review'];

/** Re-renders every minute so the timers count on an open page. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** The review timer of the queue: due in N hours, or overdue by N hours; quiet once decided. */
export const SlaBadge = ({ sla, status }: { sla: Sla | null | undefined; status: ClaimStatus }) => {
  const { t, dateTime } = useT();
  const duration = useDuration();
  const now = useNow();
  if (!sla) return <span>—</span>;
  const due = Date.parse(sla.dueAt);
  if (status === 'info_requested') {
    return <Badge>{t('sla.waitingDealer')}</Badge>;
  }
  if (!RUNNING.includes(status)) {
    return <Badge textColor="neutral600">{sla.overdue ? t('sla.decidedLate') : t('sla.decided')}</Badge>;
  }
  const overdue = sla.overdue || now > due;
  const hours = Math.abs(due - now) / 3_600_000;
  const label = overdue ? t('sla.overdue', { time: duration(hours) }) : t('sla.dueIn', { time: duration(hours) });
  return (
    <Tooltip label={t('sla.dueAt', { at: dateTime(sla.dueAt) })}>
      <span>
        <Badge
        backgroundColor={overdue ? 'danger100' : hours < 8 ? 'warning100' : 'success100'}
        textColor={overdue ? 'danger700' : hours < 8 ? 'warning700' : 'success700'}
      >
          {label}
        </Badge>
      </span>
    </Tooltip>
  );
};
