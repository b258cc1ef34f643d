import { useTranslation } from 'react-i18next';
import { SATISFACTION_LABELS } from '@shared/service';
import type { WorkOrder, Receipt } from '../../api/workOrders';
import { QuoteResult } from '../../features/quotes/QuoteResult';
import { useFormat } from '../../i18n/format';

/** The completed 回执单 as stored: the work, the customer's signature and rating, and what they paid out of warranty. */
export function ReceiptView({ order, receipt: r }: { order: WorkOrder; receipt: Receipt }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <section className="card" aria-labelledby="sec-receipt">
        <h2 id="sec-receipt">{t('receipt.title')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('receipt.faultComponent')}</dt>
            <dd>{r.faultComponent}</dd>
          </div>
          <div>
            <dt>{t('receipt.coverage')}</dt>
            <dd>{t(`receipt.${r.coverage}`)}</dd>
          </div>
          <div className="wide">
            <dt>{t('receipt.faultFound')}</dt>
            <dd className="prewrap">{r.faultFound}</dd>
          </div>
          <div className="wide">
            <dt>{t('receipt.workDone')}</dt>
            <dd className="prewrap">{r.workDone}</dd>
          </div>
          {r.parts.length > 0 && (
            <div className="wide">
              <dt>{t('receipt.parts')}</dt>
              <dd>
                <ul className="plain">
                  {r.parts.map((p, i) => (
                    <li key={`${p.partNumber}-${i}`}>
                      {p.partNumber} · {t('receipt.issuedUsed', { issued: p.qtyIssued, used: p.qtyUsed })} ·{' '}
                      {p.correct ? t('receipt.correct') : t('receipt.wrongPart')}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {r.labour.length > 0 && (
            <div className="wide">
              <dt>{t('receipt.labour')}</dt>
              <dd>
                <ul className="plain">
                  {r.labour.map((l, i) => (
                    <li key={`${l.operation}-${i}`}>
                      {l.operation} · {t('receipt.hoursValue', { hours: fmt.hours(l.hours) })}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('receipt.travelKm')}</dt>
            <dd>{r.travelKm ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('receipt.completedAt')}</dt>
            <dd>{fmt.dateTime(r.completedAt)}</dd>
          </div>
          <div>
            <dt>{t('receipt.acceptanceName')}</dt>
            <dd>{r.acceptance.name}</dd>
          </div>
          <div>
            <dt>{t('receipt.satisfaction')}</dt>
            <dd>{fmt.text(SATISFACTION_LABELS[r.satisfaction])}</dd>
          </div>
          {r.comment && (
            <div className="wide">
              <dt>{t('receipt.comment')}</dt>
              <dd className="prewrap">{r.comment}</dd>
            </div>
          )}
          <div className="wide">
            <dt>{t('receipt.signature')}</dt>
            <dd>
              <img className="signature-image" src={r.acceptance.signature.url ?? undefined} alt={t('receipt.signatureOf', { name: r.acceptance.name })} />
            </dd>
          </div>
        </dl>
      </section>
      {r.charge && (
        <>
          <p className="alert alert-info" data-testid="charge-total">
            {t('receipt.charge', { amount: fmt.money(r.charge.totals.total) })}
          </p>
          <QuoteResult quote={r.charge} model={order.unit.model?.name ?? '—'} dealer={order.dealer} today={fmt.date(fmt.dateTime(r.completedAt))} />
        </>
      )}
    </>
  );
}
