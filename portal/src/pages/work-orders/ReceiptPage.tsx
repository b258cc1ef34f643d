import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { useResource } from '../../api/useResource';
import { workOrdersApi } from '../../api/workOrders';
import { dealerEvents } from '../../features/work-orders/dealerEvents';
import { receiptDraftStore } from '../../features/work-orders/receiptDraft';
import { ReceiptFormView } from '../../features/work-orders/ReceiptFormView';
import { StatusBadge } from '../../ui/StatusBadge';
import { EmptyState, LoadFailed, Loading } from '../../ui/States';

/** 维修服务回执单 on its own screen: long enough on a phone without the rest of the order around it. */
export default function ReceiptPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const res = useResource((signal) => workOrdersApi.get(number, signal), [number]);
  const back = `/work-orders/${encodeURIComponent(number)}`;

  if (res.loading && !res.data) return <Loading />;
  if (res.error) {
    return (
      <LoadFailed error={res.error} onRetry={res.reload} notFound={t('workOrders.notFound', { number })}>
        <Link to="/work-orders">{t('workOrders.backToList')}</Link>
      </LoadFailed>
    );
  }
  if (!res.data) return null;
  const order = res.data;
  if (order.receipt) {
    // Sent, here or by an attempt whose answer was lost: the phone's draft has done its job.
    receiptDraftStore(order.number).clear();
    return <Navigate to={back} replace />;
  }
  return (
    <section className="page">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/work-orders">{t('workOrders.title')}</Link> / <Link to={back}>{order.number}</Link>
          </p>
          <h1>{t('receipt.title')}</h1>
          <p className="muted">
            {order.customer.name} · {order.unit.model?.name ?? '—'}
            {order.unit.serial ? ` · ${order.unit.serial}` : ''}
          </p>
        </div>
        <StatusBadge kind="workOrder" status={order.status} />
      </div>
      {dealerEvents(order.status).has('complete') ? (
        <ReceiptFormView order={order} />
      ) : (
        <EmptyState title={t('receipt.notOnSite')}>
          <Link to={back}>{t('workOrders.backToOrder')}</Link>
        </EmptyState>
      )}
    </section>
  );
}
