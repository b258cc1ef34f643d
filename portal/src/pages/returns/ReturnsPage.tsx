import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shipment } from '@shared/contracts/shipment';
import { useResource } from '../../api/useResource';
import { loadReturns } from '../../features/returns/candidates';
import { ShipmentBuilder } from '../../features/returns/ShipmentBuilder';
import { ShipmentList } from '../../features/returns/ShipmentList';
import { EmptyState, ErrorState, Loading } from '../../ui/States';

/** 旧件返回: pack the approved must-return parts of several claims into one shipment. */
export default function ReturnsPage() {
  const { t } = useTranslation();
  const data = useResource(loadReturns, []);
  const [shipped, setShipped] = useState<Shipment | null>(null);

  return (
    <section className="page">
      <h1>{t('returns.title')}</h1>
      <p className="muted">{t('returns.intro')}</p>
      {shipped && (
        <p className="alert alert-ok" role="status">
          {t('returns.shipped', { number: shipped.number, carrier: shipped.carrier, tracking: shipped.trackingNumber })}
        </p>
      )}
      {data.loading && !data.data ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={data.reload} />
      ) : data.data ? (
        <>
          <section className="card" aria-labelledby="owed-title">
            <h2 id="owed-title">{t('returns.owed')}</h2>
            {data.data.candidates.length === 0 ? (
              <EmptyState title={t('returns.nothingOwed')}>
                <p className="muted">{t('returns.nothingOwedHint')}</p>
              </EmptyState>
            ) : (
              <ShipmentBuilder
                candidates={data.data.candidates}
                onShipped={(s) => {
                  setShipped(s);
                  data.reload();
                }}
              />
            )}
          </section>
          <section aria-labelledby="shipments-title">
            <h2 id="shipments-title">{t('returns.shipments')}</h2>
            {data.data.shipments.length === 0 ? (
              <EmptyState title={t('returns.noShipments')} />
            ) : (
              <ShipmentList shipments={data.data.shipments} />
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
