import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

/** The server's `details.fields` (dotted path → validation code) put on the form's own fields. */
export function fieldErrorsSetter<T extends FieldValues>(setError: UseFormSetError<T>) {
  return (fields: Record<string, string>) => {
    for (const [path, code] of Object.entries(fields)) setError(path as FieldPath<T>, { type: code, message: code });
  };
}
