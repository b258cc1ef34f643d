import { Combobox, ComboboxOption, Field } from '@strapi/design-system';
import type { ServiceDealer } from '../../api/service-types';
import { useServiceApi } from '../../api/service-client';
import { useResource } from '../../api/useResource';
import { useT } from '../../utils/translate';

/** Active dealers for a work order, those of the caller's region first, each with its open workload. */
export const ServiceDealerPicker = ({
  id,
  label,
  region,
  value,
  onChange,
  error,
  exclude,
}: {
  id: string;
  label: string;
  region?: string | null;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  exclude?: string;
}) => {
  const api = useServiceApi();
  const { t } = useT();
  const dealers = useResource<ServiceDealer[]>(() => api.dealers(region), `service-dealers:${region ?? ''}`);
  return (
    <Field.Root id={id} error={error}>
      <Field.Label>{label}</Field.Label>
      <Combobox
        placeholder={t('service.dealer.placeholder')}
        value={value ?? undefined}
        onChange={(v?: string) => onChange(v ? String(v) : null)}
        onClear={() => onChange(null)}
        loading={dealers.loading}
        hasError={Boolean(error)}
        noOptionsMessage={() => t('dealer.none')}
        autocomplete={{ type: 'list', filter: 'contains' }}
      >
        {(dealers.data ?? [])
          .filter((d) => d.code !== exclude)
          .map((d) => (
            <ComboboxOption key={d.code} value={d.code} textValue={`${d.code} ${d.name}`}>
              {t('service.dealer.option', { code: d.code, name: d.name, region: d.region ?? '—', open: d.openWorkOrders })}
            </ComboboxOption>
          ))}
      </Combobox>
      <Field.Error />
    </Field.Root>
  );
};
