import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { complaintsApi } from '../../api/complaints';
import { useResource } from '../../api/useResource';
import { useFormat } from '../../i18n/format';
import { Pagination } from '../../ui/Pagination';
import { EmptyState, ErrorState, Loading } from '../../ui/States';

const PAGE_SIZE = 20;
const SEVERITY_BADGE = { critical: 'badge-warn', major: 'badge-info', minor: 'badge-neutral' } as const;

/** 客户投诉: complaints about this dealer, newest first, read only; the manufacturer handles them. */
export default function ComplaintsPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useResource((signal) => complaintsApi.list({ page, pageSize: PAGE_SIZE }, signal), [page]);
  const rows = list.data?.data ?? [];
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('complaints.title')}</h1>
      </div>
      <p className="muted">{t('complaints.intro')}</p>
      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('complaints.empty')} />
      ) : (
        <div aria-busy={list.loading}>
          <ul className="wo-list">
            {rows.map((c) => (
              <li key={c.number}>
                <article className="card wo-card" aria-labelledby={`tc-${c.number}`}>
                  <div className="wo-card-head">
                    <h2 id={`tc-${c.number}`} className="wo-number">{c.number}</h2>
                    <span className="badge badge-neutral">{t(`complaints.status.${c.status}`)}</span>
                  </div>
                  <p className="wo-customer">
                    <span className={`badge ${SEVERITY_BADGE[c.severity]}`}>{t(`complaints.severity.${c.severity}`)}</span>{' '}
                    <span className="muted">{t(`complaints.subject.${c.subject.kind}`)} · {t(`complaints.channel.${c.channel}`)}</span>
                  </p>
                  <p className="wo-symptom">{c.description}</p>
                  <p className="muted">
                    {c.complainant.name} · {c.complainant.phone} · {dateTime(c.receivedAt)}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          {list.data && <Pagination meta={list.data.meta.pagination} onPage={(p) => setParams({ page: String(p) })} />}
        </div>
      )}
    </section>
  );
}
