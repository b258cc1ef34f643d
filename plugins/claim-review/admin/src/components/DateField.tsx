import { Field, TextInput } from '@strapi/design-system';

/** A business date (YYYY-MM-DD) through the browser's own date input. */
export const DateField = ({ id, label, value, onChange, error, hint }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; hint?: string }) => (
  <Field.Root id={id} error={error} hint={hint}>
    <Field.Label>{label}</Field.Label>
    <TextInput type="date" value={value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)} />
    {hint && <Field.Hint />}
    <Field.Error />
  </Field.Root>
);

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Settlements are monthly by default: the month before today. */
export function lastMonth(today = new Date()): { start: string; end: string } {
  const start = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  const end = new Date(today.getFullYear(), today.getMonth(), 0);
  return { start: isoDay(start), end: isoDay(end) };
}
