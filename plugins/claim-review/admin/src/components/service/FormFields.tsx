import { Field, TextInput, Textarea } from '@strapi/design-system';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** A labelled input with its coded error underneath, as the design system lays out fields. */
export const TextField = ({ id, label, value, onChange, error, hint, required, type = 'text', placeholder }: Props & { type?: string; placeholder?: string }) => (
  <Field.Root id={id} error={error} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <TextInput type={type} value={value} placeholder={placeholder} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)} />
    {hint && <Field.Hint />}
    <Field.Error />
  </Field.Root>
);

export const TextAreaField = ({ id, label, value, onChange, error, hint, required }: Props) => (
  <Field.Root id={id} error={error} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <Textarea value={value} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)} maxLength={2000} />
    {hint && <Field.Hint />}
    <Field.Error />
  </Field.Root>
);
