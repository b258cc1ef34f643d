import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

/** A labelled select of coded values, each shown in words. */
export const ChoiceField = ({
  id,
  label,
  value,
  options,
  onChange,
  error,
  required,
}: {
  id: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}) => (
  <Field.Root id={id} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value} onChange={(v: string | number) => onChange(String(v))}>
      {options.map((o) => (
        <SingleSelectOption key={o.value} value={o.value}>{o.label}</SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Error />
  </Field.Root>
);
