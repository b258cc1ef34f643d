import { useTranslation } from 'react-i18next';
import type { Quote } from '@shared/contracts/quote';
import { useFormat } from '../../i18n/format';
import { FindingList } from '../../ui/FindingList';

/** 服务收费单: what the customer pays out of warranty, laid out to print on A4 or a receipt printer. */
export function QuoteResult({
  quote,
  model,
  dealer,
  today,
}: {
  quote: Quote;
  model: string;
  dealer?: { name: string; code: string };
  today: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { totals } = quote;
  return (
    <section className="card quote-sheet" aria-labelledby="quote-title">
      <header className="quote-head">
        <h2 id="quote-title">{t('quotes.sheetTitle')}</h2>
        <p className="muted">
          {dealer && (
            <>
              {dealer.name} ({dealer.code}) ·{' '}
            </>
          )}
          {t('quotes.model')} {model} · {t('quotes.date')} {today}
        </p>
      </header>
      {quote.lines.length === 0 ? (
        <p className="muted">{t('quotes.noLines')}</p>
      ) : (
        <table className="table table-cards">
          <caption className="sr-only">{t('quotes.sheetTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lines.kind')}</th>
              <th scope="col">{t('lines.item')}</th>
              <th scope="col" className="num">{t('lines.qty')}</th>
              <th scope="col" className="num">{t('lines.unitPrice')}</th>
              <th scope="col" className="num">{t('quotes.tax')}</th>
              <th scope="col" className="num">{t('lines.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((l, i) => (
              <tr key={`${l.kind}-${l.ref}-${i}`}>
                <td data-label={t('lines.kind')}>{t(`lines.kinds.${l.kind}`)}</td>
                <td data-label={t('lines.item')}>
                  <span>
                    {l.kind === 'travel' ? t('lines.mileage') : l.ref}
                    {l.label && <span className="sub">{fmt.text(l.label)}</span>}
                  </span>
                </td>
                <td data-label={t('lines.qty')} className="num">
                  {l.kind === 'labour' ? `${l.hours ?? '—'} ${t('units.unit_h')}` : l.kind === 'travel' ? `${l.km ?? '—'} ${t('units.unit_km')}` : l.qty}
                </td>
                <td data-label={t('lines.unitPrice')} className="num">
                  {fmt.money(l.unitPrice)}
                  {/* Seed 004 8.3.1.2: a VAT-inclusive list price; its tax is split out, not added. */}
                  {l.taxIncluded && <span className="sub">{t('quotes.taxIncluded')}</span>}
                </td>
                <td data-label={t('quotes.tax')} className="num">{fmt.money(l.tax)}</td>
                <td data-label={t('lines.amount')} className="num">{fmt.money(l.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="totals">
        <div>
          <dt>{t('lines.parts')}</dt>
          <dd>{fmt.money(totals.parts)}</dd>
        </div>
        <div>
          <dt>{t('quotes.tax')}</dt>
          <dd>{fmt.money(totals.tax)}</dd>
        </div>
        <div>
          <dt>{t('lines.labour')}</dt>
          <dd>{fmt.money(totals.labour)}</dd>
        </div>
        <div>
          <dt>{t('lines.travel')}</dt>
          <dd>{fmt.money(totals.travel)}</dd>
        </div>
        <div>
          <dt>{t('quotes.logistics')}</dt>
          <dd>{fmt.money(totals.logistics)}</dd>
        </div>
        <div className="total">
          <dt>{t('quotes.total')}</dt>
          <dd data-testid="quote-total">{fmt.money(totals.total)}</dd>
        </div>
      </dl>
      {quote.findings?.length > 0 && (
        <div className="left-out">
          <h3>{t('quotes.leftOut')}</h3>
          <FindingList findings={quote.findings} />
        </div>
      )}
      <p className="small muted">{t('quotes.note')}</p>
      <div className="signatures print-only">
        <span>{t('quotes.customerSignature')}</span>
        <span>{t('quotes.serviceSignature')}</span>
      </div>
    </section>
  );
}
