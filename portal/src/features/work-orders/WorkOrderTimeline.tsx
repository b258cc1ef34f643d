import { useTranslation } from 'react-i18next';
import type { WorkOrderEvent } from '../../api/workOrders';
import { useFormat } from '../../i18n/format';

/** What happened to the order, oldest first, with who did it. */
export function WorkOrderTimeline({ events }: { events: WorkOrderEvent[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (events.length === 0) return <p className="muted">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {events.map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <time dateTime={e.at}>{fmt.dateTime(e.at)}</time>
          <div>
            <strong>{t(`workOrders.events.${e.event}`, { defaultValue: e.event })}</strong>
            <span className="muted">
              {' '}
              · {t(`workOrders.actors.${e.actor.kind}`)}
              {e.actor.name ? ` ${e.actor.name}` : ''}
            </span>
            {e.to && e.to !== e.from && (
              <span className="muted">
                {' '}
                · {e.from ? `${t(`status.workOrder.${e.from}`, { defaultValue: e.from })} → ` : ''}
                {t(`status.workOrder.${e.to}`, { defaultValue: e.to })}
              </span>
            )}
            {e.note && <p className="comment">{e.note}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
