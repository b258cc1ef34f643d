import type { ServiceTimelineEntry } from '../../api/service-types';
import { Trail, TrailItem } from '../../components/Trail';
import { useT } from '../../utils/translate';

/** A status value of either machine, in words: request states first, then work-order states. */
function useStateName() {
  const { tAny } = useT();
  return (s: string) => tAny(`service.status.${s}`, tAny(`service.wo.status.${s}`, s));
}

/** The request's audit trail, newest last: who did what, when, and the move it made. */
export const ServiceTimeline = ({ entries }: { entries: ServiceTimelineEntry[] }) => {
  const { t, tAny, dateTime } = useT();
  const stateName = useStateName();
  return (
    <Trail label={t('service.timeline.title')}>
      {entries.map((e, i) => (
        <TrailItem
          key={`${e.at}-${i}`}
          title={tAny(`service.event.${e.event}`, e.event)}
          moved={Boolean(e.to)}
          from={e.from && stateName(e.from)}
          to={e.to && stateName(e.to)}
          when={dateTime(e.at)}
          who={tAny(`service.actor.${e.actor.kind}`, e.actor.kind)}
          name={e.actor.name}
          note={e.note}
          last={i === entries.length - 1}
        />
      ))}
    </Trail>
  );
};
