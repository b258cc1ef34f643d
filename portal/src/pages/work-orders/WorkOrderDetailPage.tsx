import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useNewest } from '../../api/useNewest';
import { useResource } from '../../api/useResource';
import { workOrdersApi, type WorkOrder } from '../../api/workOrders';
import { ActionError } from '../../features/work-orders/ActionError';
import { AcceptDecline } from '../../features/work-orders/AcceptDecline';
import { AppointmentForm } from '../../features/work-orders/AppointmentForm';
import { ArrivalForm } from '../../features/work-orders/ArrivalForm';
import { ContactAttempts } from '../../features/work-orders/ContactAttempts';
import { CustomerCard } from '../../features/work-orders/CustomerCard';
import { currentTimer } from '../../features/work-orders/currentTimer';
import { dealerEvents } from '../../features/work-orders/dealerEvents';
import { FileClaimButton } from '../../features/work-orders/FileClaimButton';
import { ReceiptView } from '../../features/work-orders/ReceiptView';
import { TimerBadge } from '../../features/work-orders/TimerBadge';
import { WorkOrderTimeline } from '../../features/work-orders/WorkOrderTimeline';
import { StatusBadge } from '../../ui/StatusBadge';
import { LoadFailed, Loading } from '../../ui/States';

/** One 售后派工单: the customer, the clock, and the next step the station may take. */
export default function WorkOrderDetailPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const res = useResource((signal) => workOrdersApi.get(number, signal), [number]);
  const [order, setFresh] = useNewest<WorkOrder>(res.data, number);
  const [refused, setRefused] = useState<unknown>(null);

  if (res.loading && !res.data) return <Loading />;
  if (res.error && !res.data) {
    return (
      <LoadFailed error={res.error} onRetry={res.reload} notFound={t('workOrders.notFound', { number })}>
        <Link to="/work-orders">{t('workOrders.backToList')}</Link>
      </LoadFailed>
    );
  }
  if (!order) return null;
  const onDone = (o: WorkOrder) => {
    setRefused(null);
    setFresh(o);
  };
  const onStale = (error: unknown) => {
    setRefused(error);
    setFresh(null);
    res.reload();
  };
  return <OrderView order={order} refused={refused} onDone={onDone} onStale={onStale} />;
}

function OrderView({
  order,
  refused,
  onDone,
  onStale,
}: {
  order: WorkOrder;
  refused: unknown;
  onDone: (o: WorkOrder) => void;
  onStale: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const events = dealerEvents(order.status);
  const timer = currentTimer(order.status, order.timers);
  const hooks = { onDone, onStale };
  const canArrange = events.has('schedule') || events.has('reschedule');
  return (
    <article className="page">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/work-orders">{t('workOrders.title')}</Link>
          </p>
          <h1>{t('workOrders.orderNo', { number: order.number })}</h1>
        </div>
        <StatusBadge kind="workOrder" status={order.status} />
      </div>
      {timer && <TimerBadge timer={timer} />}
      <ActionError error={refused} />
      {order.status === 'returned_to_coordinator' && <p className="alert alert-warn">{t('workOrders.returnedBanner')}</p>}

      {events.has('complete') && (
        <p className="actions">
          <Link className="btn btn-primary btn-block" to={`/work-orders/${encodeURIComponent(order.number)}/receipt`}>
            {t('receipt.fill')}
          </Link>
        </p>
      )}
      {events.has('accept') && <AcceptDecline key={`answer-${order.version}`} order={order} {...hooks} />}

      <CustomerCard order={order} />

      {/* In the order of the job: call the customer, agree the visit, arrive. */}
      {(events.has('contact') || order.contactAttempts.length > 0 || order.status === 'scheduled') && (
        <ContactAttempts order={order} canLog={events.has('contact') || order.status === 'scheduled'} {...hooks} />
      )}
      {canArrange && <AppointmentForm key={`appt-${order.version}`} order={order} {...hooks} />}
      {events.has('arrive') && <ArrivalForm key={`arrive-${order.version}`} order={order} {...hooks} />}

      {order.receipt && <ReceiptView order={order} receipt={order.receipt} />}
      {order.status === 'completed' && order.receipt?.coverage === 'in_warranty' && (
        <section className="card" aria-labelledby="sec-claim">
          <h2 id="sec-claim">{t('workOrders.claim.title')}</h2>
          <FileClaimButton order={order} />
        </section>
      )}

      <section className="card" aria-labelledby="sec-timeline">
        <h2 id="sec-timeline">{t('timeline.title')}</h2>
        <WorkOrderTimeline events={order.timeline} />
      </section>
    </article>
  );
}
