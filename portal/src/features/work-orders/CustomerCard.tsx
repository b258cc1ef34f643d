import { useTranslation } from 'react-i18next';
import { isWorkOrderClosed } from '@shared/service';
import type { WorkOrder } from '../../api/workOrders';
import { useFormat } from '../../i18n/format';

/**
 * Who to call and where to go. While the order is open the phone is a tap-to-call link;
 * once it is closed the server sends it masked and without the street address, and the
 * page shows just that.
 */
export function CustomerCard({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const open = !isWorkOrderClosed(order.status);
  const { customer, unit } = order;
  return (
    <section className="card" aria-labelledby="sec-customer">
      <h2 id="sec-customer">{t('workOrders.customer')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('workOrders.customerName')}</dt>
          <dd>{customer.name}</dd>
        </div>
        <div>
          <dt>{t('workOrders.phone')}</dt>
          <dd>
            {open ? (
              <a className="btn btn-call" href={`tel:${customer.phone.replace(/[^\d+]/g, '')}`}>
                {t('workOrders.call', { phone: customer.phone })}
              </a>
            ) : (
              <span data-testid="masked-phone">{customer.phone}</span>
            )}
          </dd>
        </div>
        <div className="wide">
          <dt>{t('workOrders.address')}</dt>
          <dd>
            {customer.address.region}
            {customer.address.line ? ` ${customer.address.line}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('workOrders.unit')}</dt>
          <dd>
            {unit.model?.name ?? '—'}
            {unit.serial && <span className="muted"> · {unit.serial}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('workOrders.purchaseDate')}</dt>
          <dd>{fmt.date(unit.purchaseDate)}</dd>
        </div>
        <div className="wide">
          <dt>{t('workOrders.symptom')}</dt>
          <dd className="prewrap">{order.request.symptom}</dd>
        </div>
        <div>
          <dt>{t('workOrders.request')}</dt>
          <dd>{order.request.number}</dd>
        </div>
        <div>
          <dt>{t('workOrders.dispatchedAt')}</dt>
          <dd>{fmt.dateTime(order.dispatchedAt)}</dd>
        </div>
        {order.appointment && (
          <div>
            <dt>{t('workOrders.appointment.title')}</dt>
            <dd>{fmt.dateTime(order.appointment.at)}</dd>
          </div>
        )}
        {order.arrivedAt && (
          <div>
            <dt>{t('workOrders.arrivedAt')}</dt>
            <dd>{fmt.dateTime(order.arrivedAt)}</dd>
          </div>
        )}
        {order.declineReason && (
          <div className="wide">
            <dt>{t('workOrders.answer.reason')}</dt>
            <dd className="prewrap">{order.declineReason}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
