import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api';
import { useResource } from '../../api/useResource';
import { UnitCard } from '../../features/units/UnitCard';
import { UnitStock } from '../../features/units/UnitStock';
import { LoadFailed, Loading } from '../../ui/States';

/** 产品查询: a serial (frame number) → its coverage dates and claim history. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const { serial } = useParams();
  const navigate = useNavigate();
  const [value, setValue] = useState(serial ?? '');

  useEffect(() => setValue(serial ?? ''), [serial]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const s = value.trim().toUpperCase();
    if (s) navigate(`/units/${encodeURIComponent(s)}`);
  }

  return (
    <section className="page">
      <h1>{t('units.title')}</h1>
      <form className="searchbar" role="search" onSubmit={onSubmit}>
        <label htmlFor="unit-serial" className="sr-only">
          {t('units.serial')}
        </label>
        <input
          id="unit-serial"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={t('units.serialPlaceholder')}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="btn btn-primary">
          {t('units.lookup')}
        </button>
      </form>
      {serial ? (
        <UnitResult serial={serial} />
      ) : (
        <>
          <p className="muted">{t('units.hint')}</p>
          <UnitStock />
        </>
      )}
    </section>
  );
}

function UnitResult({ serial }: { serial: string }) {
  const { t } = useTranslation();
  const unit = useResource((signal) => api.unit(serial, signal), [serial]);

  if (unit.loading && !unit.data) return <Loading />;
  if (unit.error) {
    return (
      <LoadFailed error={unit.error} onRetry={unit.reload} notFound={t('units.notFound', { serial })}>
        <p className="muted">{t('units.notFoundHint')}</p>
      </LoadFailed>
    );
  }
  if (!unit.data) return null;
  return (
    <>
      <UnitCard unit={unit.data} />
      <div className="actions">
        {/* A claim on an unregistered unit is refused (UNIT_NOT_REGISTERED): the card comes first. */}
        {unit.data.registered ? (
          <Link className="btn btn-primary" to={`/claims/new?serial=${encodeURIComponent(unit.data.serial)}`}>
            {t('claims.new')}
          </Link>
        ) : (
          <Link className="btn btn-primary" to={`/registrations/new?serial=${encodeURIComponent(unit.data.serial)}`}>
            {t('units.register')}
          </Link>
        )}
      </div>
    </>
  );
}
