import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WorkOrder } from '../../api/workOrders';
import { StatusBadge } from '../../ui/StatusBadge';
import { currentTimer } from './currentTimer';
import { TimerBadge } from './TimerBadge';

/** One order in the inbox, sized for a phone: what to do, for whom, where, and how long is left. */
export function WorkOrderCard({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const timer = currentTimer(order.status, order.timers);
  return (
    <article className={`card wo-card${timer?.state === 'breached' ? ' wo-card-overdue' : ''}`} aria-labelledby={`wo-${order.number}`}>
      <div className="wo-card-head">
        <h2 id={`wo-${order.number}`} className="wo-number">
          <Link to={`/work-orders/${encodeURIComponent(order.number)}`}>{order.number}</Link>
        </h2>
        <StatusBadge kind="workOrder" status={order.status} />
      </div>
      <p className="wo-customer">
        <strong>{order.customer.name}</strong> <span className="muted">· {order.customer.address.region}</span>
      </p>
      <p className="wo-symptom">
        <span className="sr-only">{t('workOrders.symptom')}: </span>
        {order.request.symptom}
      </p>
      {timer && <TimerBadge timer={timer} />}
    </article>
  );
}
