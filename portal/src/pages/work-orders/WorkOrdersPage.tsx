import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { workOrdersApi } from '../../api/workOrders';
import { useResource } from '../../api/useResource';
import { WorkOrderCard } from '../../features/work-orders/WorkOrderCard';
import { Pagination } from '../../ui/Pagination';
import { EmptyState, ErrorState, Loading } from '../../ui/States';

const PAGE_SIZE = 20;
/** The timers are the server's figures at answer time; a minute-old list is close enough in the field. */
const REFRESH_MS = 60_000;

/** 售后派工单 inbox: open orders by the nearest due clock (the server's order), or the closed ones. */
export default function WorkOrdersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const open = params.get('open') !== 'false';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useResource((signal) => workOrdersApi.list({ open, page, pageSize: PAGE_SIZE }, signal), [open, page]);
  const { reload } = list;

  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  function show(next: { open?: boolean; page?: number }) {
    const merged = new URLSearchParams(params);
    if (next.open !== undefined) {
      if (next.open) merged.delete('open');
      else merged.set('open', 'false');
      merged.delete('page');
    }
    if (next.page !== undefined) merged.set('page', String(next.page));
    setParams(merged);
  }

  const rows = list.data?.data ?? [];
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('workOrders.title')}</h1>
      </div>
      <div className="segmented" role="group" aria-label={t('workOrders.filter')}>
        <button type="button" className="btn" aria-pressed={open} onClick={() => show({ open: true })}>
          {t('workOrders.open')}
        </button>
        <button type="button" className="btn" aria-pressed={!open} onClick={() => show({ open: false })}>
          {t('workOrders.closed')}
        </button>
      </div>
      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : rows.length === 0 ? (
        <EmptyState title={open ? t('workOrders.emptyOpen') : t('workOrders.emptyClosed')} />
      ) : (
        <div aria-busy={list.loading}>
          <ul className="wo-list">
            {rows.map((o) => (
              <li key={o.number}>
                <WorkOrderCard order={o} />
              </li>
            ))}
          </ul>
          {list.data && <Pagination meta={list.data.meta.pagination} onPage={(p) => show({ page: p })} />}
        </div>
      )}
    </section>
  );
}
