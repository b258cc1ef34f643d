import { useTranslation } from 'react-i18next';
import type { Shipment } from '@shared/contracts/shipment';
import { useFormat } from '../../i18n/format';
import { StatusBadge } from '../../ui/StatusBadge';

export function ShipmentList({ shipments }: { shipments: Shipment[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ul className="shipments">
      {shipments.map((s) => (
        <li key={s.id} className="card">
          <div className="card-head">
            <h3>
              {t('returns.shipmentNo')} {s.number}
            </h3>
            <StatusBadge kind="shipment" status={s.status} />
          </div>
          <p className="muted">
            {s.carrier} · {t('returns.trackingNumber')} {s.trackingNumber}
            {s.shippedAt && <> · {fmt.dateTime(s.shippedAt)}</>}
          </p>
          <table className="table table-cards">
            <thead>
              <tr>
                <th scope="col">{t('claims.number')}</th>
                <th scope="col">{t('returns.part')}</th>
                <th scope="col" className="num">{t('lines.qty')}</th>
                <th scope="col">{t('returns.inspection')}</th>
              </tr>
            </thead>
            <tbody>
              {s.parts.map((p) => (
                <tr key={p.id}>
                  <td data-label={t('claims.number')}>{p.claimNumber}</td>
                  <td data-label={t('returns.part')}>{p.partNumber}</td>
                  <td data-label={t('lines.qty')} className="num">{p.qty}</td>
                  <td data-label={t('returns.inspection')}>
                    {p.inspection ? (
                      <span>
                        {t(`inspection.${p.inspection.result}`)} · {t(`disposition.${p.inspection.disposition}`)}
                        {p.inspection.note && <span className="sub">{p.inspection.note}</span>}
                      </span>
                    ) : (
                      <span className="muted">{t('returns.notInspected')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}
