import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ClaimStatus } from '@shared/contracts/claim';
import { isPayableDecided } from '@shared/lifecycle/payable';
import { api } from '../../api';
import { useResource } from '../../api/useResource';
import { CLAIM_STATUSES } from '../../features/claims/statuses';
import { useFormat } from '../../i18n/format';
import { Pagination } from '../../ui/Pagination';
import { StatusBadge } from '../../ui/StatusBadge';
import { EmptyState, ErrorState, Loading } from '../../ui/States';

const PAGE_SIZE = 20;

/** 三包维修记录 list; the filter lives in the address so a refresh or a shared link keeps it. */
export default function ClaimsListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as ClaimStatus | '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(q);

  useEffect(() => setSearch(q), [q]);

  const list = useResource(
    (signal) => api.claims({ status, q, page, pageSize: PAGE_SIZE }, signal),
    [status, q, page],
  );

  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged);
  }

  function onSearch(e: FormEvent) {
    e.preventDefault();
    update({ q: search.trim(), page: '' });
  }

  const filtered = !!(status || q);
  const rows = list.data?.data ?? [];

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('claims.title')}</h1>
        <Link className="btn btn-primary" to="/claims/new">
          {t('claims.new')}
        </Link>
      </div>
      <form className="filters" role="search" onSubmit={onSearch}>
        <div className="field">
          <label htmlFor="claims-status">{t('claims.status')}</label>
          <select id="claims-status" value={status} onChange={(e) => update({ status: e.target.value, page: '' })}>
            <option value="">{t('claims.allStatuses')}</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.claim.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="claims-q">{t('claims.search')}</label>
          <div className="searchbar">
            <input
              id="claims-q"
              type="search"
              value={search}
              placeholder={t('claims.searchPlaceholder')}
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="btn">
              {t('common.search')}
            </button>
          </div>
        </div>
      </form>

      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : rows.length === 0 ? (
        filtered ? (
          <EmptyState title={t('claims.noMatch')}>
            <button type="button" className="btn" onClick={() => setParams(new URLSearchParams())}>
              {t('common.clearFilters')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t('claims.empty')}>
            <p className="muted">{t('claims.emptyHint')}</p>
            <Link className="btn btn-primary" to="/claims/new">
              {t('claims.new')}
            </Link>
          </EmptyState>
        )
      ) : (
        <div aria-busy={list.loading}>
          <table className="table table-cards">
            <caption className="sr-only">{t('claims.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('claims.number')}</th>
                <th scope="col">{t('claims.serial')}</th>
                <th scope="col">{t('claims.repairDate')}</th>
                <th scope="col">{t('claims.status')}</th>
                <th scope="col" className="num">{t('claims.claimed')}</th>
                <th scope="col" className="num">{t('claims.payable')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.number}>
                  <td data-label={t('claims.number')}>
                    <span>
                      <Link to={`/claims/${encodeURIComponent(c.number)}`}>{c.number}</Link>
                      {!!c.errors && <span className="count count-error">{t('claims.errorsCount', { count: c.errors })}</span>}
                      {!!c.warnings && <span className="count count-warning">{t('claims.warningsCount', { count: c.warnings })}</span>}
                    </span>
                  </td>
                  <td data-label={t('claims.serial')}>{c.serial}</td>
                  <td data-label={t('claims.repairDate')}>{fmt.date(c.repairDate)}</td>
                  <td data-label={t('claims.status')}>
                    <StatusBadge kind="claim" status={c.status} />
                  </td>
                  <td data-label={t('claims.claimed')} className="num">{fmt.money(c.totals?.total)}</td>
                  <td data-label={t('claims.payable')} className="num">
                    {isPayableDecided(c.status) ? fmt.money(c.totals?.payable) : <span className="pending">{t('lines.payablePending')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.data && <Pagination meta={list.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
        </div>
      )}
    </section>
  );
}
