import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { useResource } from '../../api/useResource';
import { useFormat } from '../../i18n/format';
import { Pagination } from '../../ui/Pagination';
import { StatusBadge } from '../../ui/StatusBadge';
import { EmptyState, ErrorState, Loading } from '../../ui/States';

/** 三包费用核销通知: the notices finance issued to this dealer. */
export default function SettlementsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [page, setPage] = useState(1);
  const list = useResource((signal) => api.settlements({ page, pageSize: 20 }, signal), [page]);
  const rows = list.data?.data ?? [];

  return (
    <section className="page">
      <h1>{t('settlements.title')}</h1>
      <p className="muted">{t('settlements.intro')}</p>
      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('settlements.empty')}>
          <p className="muted">{t('settlements.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div aria-busy={list.loading}>
          <table className="table table-cards">
            <caption className="sr-only">{t('settlements.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settlements.number')}</th>
                <th scope="col">{t('settlements.period')}</th>
                <th scope="col">{t('settlements.status')}</th>
                <th scope="col">{t('settlements.issuedAt')}</th>
                <th scope="col" className="num">{t('settlements.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.number}>
                  <td data-label={t('settlements.number')}>
                    <Link to={`/settlements/${encodeURIComponent(s.number)}`}>{s.number}</Link>
                  </td>
                  <td data-label={t('settlements.period')}>
                    {fmt.date(s.periodStart)} – {fmt.date(s.periodEnd)}
                  </td>
                  <td data-label={t('settlements.status')}>
                    <StatusBadge kind="settlement" status={s.status} />
                  </td>
                  <td data-label={t('settlements.issuedAt')}>{fmt.dateTime(s.issuedAt)}</td>
                  <td data-label={t('settlements.total')} className="num">{fmt.money(s.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.data && <Pagination meta={list.data.meta.pagination} onPage={setPage} />}
        </div>
      )}
    </section>
  );
}
