import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Settlement } from '@shared/contracts/settlement';
import { api } from '../../api';
import { useResource } from '../../api/useResource';
import { useFormat } from '../../i18n/format';
import { useErrorText } from '../../ui/errors';
import { StatusBadge } from '../../ui/StatusBadge';
import { LoadFailed, Loading } from '../../ui/States';
import { saveBlob } from '../../api/saveBlob';

export default function SettlementDetailPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const res = useResource((signal) => api.settlement(number, signal), [number]);
  const [fresh, setFresh] = useState<Settlement | null>(null);

  if (res.loading && !res.data) return <Loading />;
  if (res.error) {
    return (
      <LoadFailed error={res.error} onRetry={res.reload} notFound={t('settlements.notFound', { number })}>
        <Link to="/settlements">{t('settlements.backToList')}</Link>
      </LoadFailed>
    );
  }
  if (!res.data) return null;
  return <SettlementView s={fresh?.number === number ? fresh : res.data} onChange={setFresh} />;
}

function SettlementView({ s, onChange }: { s: Settlement; onChange: (s: Settlement) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<'pdf' | 'ack' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setBusy('pdf');
    setError(null);
    try {
      saveBlob(await api.settlementPdf(s.number), `${s.number}.pdf`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function acknowledge() {
    setBusy('ack');
    setError(null);
    try {
      onChange(await api.acknowledge(s.number));
      setConfirming(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <article className="page">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/settlements">{t('settlements.title')}</Link>
          </p>
          <h1>
            {t('settlements.notice')} {s.number}
          </h1>
        </div>
        <StatusBadge kind="settlement" status={s.status} />
      </div>

      <section className="card">
        <dl className="facts">
          <div>
            <dt>{t('settlements.dealer')}</dt>
            <dd>
              {fmt.name(s.dealer)} ({s.dealer.code})
            </dd>
          </div>
          <div>
            <dt>{t('settlements.period')}</dt>
            <dd>
              {fmt.date(s.periodStart)} – {fmt.date(s.periodEnd)}
            </dd>
          </div>
          <div>
            <dt>{t('settlements.issuedAt')}</dt>
            <dd>{fmt.dateTime(s.issuedAt)}</dd>
          </div>
          <div>
            <dt>{t('settlements.acknowledgedAt')}</dt>
            <dd>{fmt.dateTime(s.acknowledgedAt)}</dd>
          </div>
        </dl>

        {s.lines.length === 0 ? (
          <p className="muted">{t('settlements.noLines')}</p>
        ) : (
          <table className="table table-cards">
            <caption className="sr-only">{t('settlements.lines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('claims.number')}</th>
                <th scope="col" className="num">{t('lines.parts')}</th>
                <th scope="col" className="num">{t('lines.labour')}</th>
                <th scope="col" className="num">{t('lines.travel')}</th>
                <th scope="col" className="num">{t('lines.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {s.lines.map((l, i) => (
                <tr key={`${l.claimNumber}-${i}`}>
                  <td data-label={t('claims.number')}>
                    <span>
                      <Link to={`/claims/${encodeURIComponent(l.claimNumber)}`}>{l.claimNumber}</Link>
                      {l.amount < 0 && <span className="sub">{t('settlements.adjustment')}</span>}
                    </span>
                  </td>
                  <td data-label={t('lines.parts')} className="num">{fmt.money(l.parts)}</td>
                  <td data-label={t('lines.labour')} className="num">{fmt.money(l.labour)}</td>
                  <td data-label={t('lines.travel')} className="num">{fmt.money(l.travel)}</td>
                  <td data-label={t('lines.amount')} className="num">{fmt.money(l.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <dl className="totals">
          <div className="total">
            <dt>{t('settlements.total')}</dt>
            <dd>{fmt.money(s.total)}</dd>
          </div>
        </dl>
        <p className="statement">{t('settlements.statement')}</p>
      </section>

      <div className="actions">
        <button type="button" className="btn" disabled={busy === 'pdf'} onClick={() => void download()}>
          {busy === 'pdf' ? t('settlements.downloading') : t('settlements.downloadPdf')}
        </button>
        {s.status === 'issued' &&
          (confirming ? (
            <span className="confirm" role="group" aria-label={t('settlements.ackConfirm', { total: fmt.money(s.total) })}>
              <span>{t('settlements.ackConfirm', { total: fmt.money(s.total) })}</span>
              <button type="button" className="btn btn-primary" disabled={busy === 'ack'} onClick={() => void acknowledge()}>
                {t('settlements.ackYes')}
              </button>
              <button type="button" className="btn" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button type="button" className="btn btn-primary" onClick={() => setConfirming(true)}>
              {t('settlements.acknowledge')}
            </button>
          ))}
        {s.status === 'acknowledged' && (
          <p className="alert alert-ok">{t('settlements.acknowledgedOn', { at: fmt.dateTime(s.acknowledgedAt) })}</p>
        )}
      </div>
      {!!error && (
        <p className="alert alert-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </article>
  );
}
