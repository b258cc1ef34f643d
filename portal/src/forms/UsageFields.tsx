import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@shared/contracts/findings';
import { Field } from './Field';

/** A unit's usage (工作小时 or 公里数): the reading and its unit, side by side. */
export function UsageFields({
  label,
  unitLabel,
  error,
  findings,
  hint,
  value,
  unit,
}: {
  label: ReactNode;
  unitLabel: ReactNode;
  error?: string;
  findings?: Finding[];
  hint?: ReactNode;
  /** The form's registrations of `usage.value` and `usage.unit`. */
  value: UseFormRegisterReturn;
  unit: UseFormRegisterReturn;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-pair">
      <Field label={label} error={error} findings={findings} hint={hint}>
        <input inputMode="decimal" {...value} />
      </Field>
      <Field label={unitLabel} className="narrow">
        <select {...unit}>
          <option value="h">{t('units.unit_h')}</option>
          <option value="km">{t('units.unit_km')}</option>
        </select>
      </Field>
    </div>
  );
}
