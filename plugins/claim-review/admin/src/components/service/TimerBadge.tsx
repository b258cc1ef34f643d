import { Badge, Flex, Typography } from '@strapi/design-system';
import type { ServiceTimer } from '../../api/service-types';
import { useT } from '../../utils/translate';
import { useNow } from '../SlaBadge';
import { useServiceDuration } from './useServiceDuration';

/**
 * What is left of a running timer at `now`. A round-the-clock timer counts down in
 * elapsed time, so an open page keeps it current; an office-hours timer only moves in
 * working hours, which the server alone knows, so its answer stands until the next load.
 */
export function liveTimer(timer: ServiceTimer, now: number): { overdue: boolean; ms: number } {
  if (timer.state === 'breached') return { overdue: true, ms: timer.overdueMs };
  if (timer.state !== 'running') return { overdue: false, ms: 0 };
  if (timer.calendar === 'round_the_clock') {
    const left = Date.parse(timer.dueAt) - now;
    return left >= 0 ? { overdue: false, ms: left } : { overdue: true, ms: -left };
  }
  return { overdue: false, ms: timer.remainingMs };
}

const WARN_MS = 30 * 60_000;

/** One SLA timer: its name, due, remaining or overdue (danger), as Zammad shows its escalation times. */
export const TimerBadge = ({ timer, compact = false }: { timer: ServiceTimer; compact?: boolean }) => {
  const { t, tAny, dateTime } = useT();
  const duration = useServiceDuration();
  const now = useNow();
  const live = liveTimer(timer, now);
  const name = tAny(`service.timer.name.${timer.name}`, timer.name);

  let label: string;
  let colour: { bg: string; fg: string };
  if (live.overdue) {
    label = timer.stoppedAt ? t('service.timer.late', { time: duration(live.ms) }) : t('service.timer.overdue', { time: duration(live.ms) });
    colour = { bg: 'danger100', fg: 'danger700' };
  } else if (timer.state === 'running') {
    label = t('service.timer.remaining', { time: duration(live.ms) });
    colour = live.ms < WARN_MS ? { bg: 'warning100', fg: 'warning700' } : { bg: 'success100', fg: 'success700' };
  } else {
    label = timer.state === 'met' ? t('service.timer.met') : t('service.timer.cancelled');
    colour = { bg: 'neutral150', fg: 'neutral700' };
  }
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} aria-label={`${name}: ${label}`}>
      <Badge backgroundColor={colour.bg} textColor={colour.fg}>
        {name} · {label}
      </Badge>
      {!compact && (
        <Typography variant="pi" textColor={live.overdue ? 'danger600' : 'neutral600'}>
          {t('service.timer.due', { at: dateTime(timer.dueAt) })}
        </Typography>
      )}
    </Flex>
  );
};

export const TimerList = ({ timers, compact }: { timers: ServiceTimer[]; compact?: boolean }) => {
  const { t } = useT();
  if (timers.length === 0) return <Typography textColor="neutral500">{t('service.timer.none')}</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      {timers.map((timer) => (
        <TimerBadge key={`${timer.name}-${timer.startedAt}`} timer={timer} compact={compact} />
      ))}
    </Flex>
  );
};
