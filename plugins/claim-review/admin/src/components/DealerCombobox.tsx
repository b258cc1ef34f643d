import { Combobox, ComboboxOption, Field } from '@strapi/design-system';
import { useT } from '../utils/translate';

export interface DealerOption {
  code: string;
  /** What typing filters on. */
  textValue: string;
  /** What the option shows. */
  label: string;
}

/** A labelled dealer field, typed to filter; the value is the dealer code. Callers load the dealers. */
export const DealerCombobox = ({
  id,
  label,
  placeholder,
  value,
  onChange,
  error,
  loading,
  options,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  loading: boolean;
  options: DealerOption[];
}) => {
  const { t } = useT();
  return (
    <Field.Root id={id} error={error}>
      <Field.Label>{label}</Field.Label>
      <Combobox
        placeholder={placeholder}
        value={value ?? undefined}
        onChange={(v?: string) => onChange(v ? String(v) : null)}
        onClear={() => onChange(null)}
        loading={loading}
        hasError={Boolean(error)}
        noOptionsMessage={() => t('dealer.none')}
        autocomplete={{ type: 'list', filter: 'contains' }}
      >
        {options.map((d) => (
          <ComboboxOption key={d.code} value={d.code} textValue={d.textValue}>
            {d.label}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Error />
    </Field.Root>
  );
};
