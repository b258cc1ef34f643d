import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { useResource } from '../../api/useResource';
import { useFormat } from '../../i18n/format';
import { Pagination } from '../../ui/Pagination';
import { EmptyState, ErrorState, Loading } from '../../ui/States';

const PAGE_SIZE = 20;

/** The dealer's own units (GET /units), registered or not, each with what can be done next. */
export function UnitStock() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [registered, setRegistered] = useState<'' | 'true' | 'false'>('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useResource((signal) => api.units({ registered, q: q.trim(), page, pageSize: PAGE_SIZE }, signal), [registered, q, page]);
  const rows = list.data?.data ?? [];
  const enc = encodeURIComponent;

  return (
    <section className="card stack" aria-labelledby="stock-title">
      <h2 id="stock-title">{t('units.stock')}</h2>
      <p className="muted">{t('units.stockIntro')}</p>
      <div className="unit-filters">
        <div className="field">
          <label htmlFor="stock-registered">{t('units.filter')}</label>
          <select
            id="stock-registered"
            value={registered}
            onChange={(e) => {
              setRegistered(e.target.value as typeof registered);
              setPage(1);
            }}
          >
            <option value="">{t('units.filterAll')}</option>
            <option value="true">{t('units.filterRegistered')}</option>
            <option value="false">{t('units.filterUnregistered')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="stock-q">{t('units.searchSerial')}</label>
          <input
            id="stock-q"
            type="search"
            value={q}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
          />
        </div>
      </div>
      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('units.noUnits')} />
      ) : (
        <table className="table table-cards">
          <thead>
            <tr>
              <th scope="col">{t('units.serial')}</th>
              <th scope="col">{t('units.model')}</th>
              <th scope="col">{t('units.buildDate')}</th>
              <th scope="col">{t('units.filter')}</th>
              <th scope="col">{t('units.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.serial}>
                <td data-label={t('units.serial')}>
                  <Link to={`/units/${enc(u.serial)}`}>{u.serial}</Link>
                </td>
                <td data-label={t('units.model')}>
                  {fmt.name(u.model)} ({u.model.code})
                </td>
                <td data-label={t('units.buildDate')}>{fmt.date(u.buildDate)}</td>
                <td data-label={t('units.filter')}>
                  <span className={`badge ${u.registered ? 'badge-ok' : 'badge-warn'}`}>
                    {u.registered ? `${t('units.filterRegistered')} · ${fmt.date(u.saleDate)}` : t('units.filterUnregistered')}
                  </span>
                </td>
                <td data-label={t('units.actions')}>
                  {u.registered ? (
                    <Link className="btn btn-small" to={`/claims/new?serial=${enc(u.serial)}`} aria-label={`${t('claims.new')} ${u.serial}`}>
                      {t('claims.new')}
                    </Link>
                  ) : (
                    <Link className="btn btn-small" to={`/registrations/new?serial=${enc(u.serial)}`} aria-label={`${t('units.register')} ${u.serial}`}>
                      {t('units.register')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && <Pagination meta={list.data.meta.pagination} onPage={setPage} />}
    </section>
  );
}
