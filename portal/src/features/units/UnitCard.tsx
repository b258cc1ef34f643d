import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { businessDate } from '@shared/calendar/business-date';
import type { PortalUnit } from '../../api';
import { coverageToday } from './coverageToday';
import { useFormat } from '../../i18n/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { EmptyState } from '../../ui/States';

export function UnitCard({ unit }: { unit: PortalUnit }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = unit.coverage;
  const rows: [string, string | null][] = [
    ['units.wholeUnitUntil', c.wholeUnitUntil],
    ['units.mainComponentsUntil', c.mainComponentsUntil],
    ['units.replacementUntil', c.replacementUntil],
    ['units.refundUntil', c.refundUntil],
  ];
  if (c.warrantyUntil) rows.push(['units.warrantyUntil', c.warrantyUntil]);
  if (c.registrationDeadline) rows.push(['units.registrationDeadline', c.registrationDeadline]);
  const today = businessDate(new Date());
  const cover = coverageToday(unit, today);
  const left = (until: string | null) => {
    const days = cover.daysLeft(until);
    if (days === null) return null;
    return days >= 0 ? t('units.daysLeft', { count: days }) : t('units.expired');
  };

  return (
    <article className="card" aria-labelledby="unit-title">
      <header className="card-head">
        <h2 id="unit-title">
          {unit.serial} <span className="muted">· {fmt.name(unit.model)} ({unit.model.code})</span>
        </h2>
        <span className={`badge ${unit.registered && !unit.registrationLate ? 'badge-ok' : 'badge-warn'}`}>
          {!unit.registered ? t('units.notRegistered') : unit.registrationLate ? t('units.registeredLate') : t('units.registered')}
        </span>
      </header>
      <p className={`coverage-today coverage-${cover.state}`}>
        <span className={`badge ${cover.state === 'whole' ? 'badge-ok' : cover.state === 'mainOnly' ? 'badge-warn' : 'badge-bad'}`}>
          {t(`units.coverage.${cover.state}`)}
        </span>{' '}
        <span className="muted">{t('units.coverage.asOf', { date: fmt.date(today) })}</span>
      </p>
      {!unit.registered && unit.registrationDays != null && (
        <p className="muted">{t('units.registerWithin', { days: unit.registrationDays })}</p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('units.saleDate')}</dt>
          <dd>{fmt.date(unit.saleDate)}</dd>
        </div>
        <div>
          <dt>{t('units.registrationDate')}</dt>
          <dd>{fmt.date(unit.registrationDate)}</dd>
        </div>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{t(k)}</dt>
            <dd>
              {fmt.date(v)}
              {/* The card's deadline is not a coverage period: no "days left" beside it once it is past. */}
              {k !== 'units.registrationDeadline' && unit.registered && left(v) && (
                <span className={`sub days-left${(cover.daysLeft(v) ?? -1) < 0 ? ' is-expired' : ''}`}>{left(v)}</span>
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('units.usageCap')}</dt>
          <dd>{c.usageCap ? `${c.usageCap.value} ${t(`units.unit_${c.usageCap.unit}`)}` : t('units.noCap')}</dd>
        </div>
      </dl>
      <h3>{t('units.history')}</h3>
      {unit.claims.length === 0 ? (
        <EmptyState title={t('units.noClaims')} />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('claims.number')}</th>
              <th scope="col">{t('claims.repairDate')}</th>
              <th scope="col">{t('claims.status')}</th>
            </tr>
          </thead>
          <tbody>
            {unit.claims.map((c) => (
              <tr key={c.number}>
                <td data-label={t('claims.number')}>
                  <Link to={`/claims/${encodeURIComponent(c.number)}`}>{c.number}</Link>
                </td>
                <td data-label={t('claims.repairDate')}>{fmt.date(c.repairDate)}</td>
                <td data-label={t('claims.status')}>
                  <StatusBadge kind="claim" status={c.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
