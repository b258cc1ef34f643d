import { Combobox, ComboboxOption, Field } from '@strapi/design-system';
import type { Dealer } from '../api/types';
import { useApi } from '../api/client';
import { useResource } from '../api/useResource';
import { useT } from '../utils/translate';

/** Dealers by code and name, typed to filter; the value is the dealer code. */
export const DealerSelect = ({
  value,
  onChange,
  label,
  id,
  placeholder,
  error,
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  label: string;
  id: string;
  placeholder?: string;
  error?: string;
}) => {
  const api = useApi();
  const { t, lang } = useT();
  const dealers = useResource<Dealer[]>(() => api.dealers(), 'dealers');
  const name = (d: Dealer) => (lang === 'en' && d.nameEn ? d.nameEn : d.name);
  return (
    <Field.Root id={id} error={error}>
      <Field.Label>{label}</Field.Label>
      <Combobox
      placeholder={placeholder ?? t('dealer.placeholder')}
      value={value ?? undefined}
      onChange={(v?: string) => onChange(v ? String(v) : null)}
      onClear={() => onChange(null)}
      loading={dealers.loading}
      hasError={Boolean(error)}
      noOptionsMessage={() => t('dealer.none')}
      autocomplete={{ type: 'list', filter: 'contains' }}
    >
      {(dealers.data ?? []).map((d) => (
        <ComboboxOption key={d.code} value={d.code} textValue={`${d.code} ${name(d)}`}>
          {d.code} · {name(d)}
        </ComboboxOption>
      ))}
    </Combobox>
      <Field.Error />
    </Field.Root>
  );
};
