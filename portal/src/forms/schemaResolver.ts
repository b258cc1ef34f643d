import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { parseInput } from '@shared/schemas/validation-details';

/** `{ "parts.0.qty": "too_small" }` → rhf's nested errors; the message is the shared code. */
export function nestFieldErrors<T extends FieldValues>(fields: Record<string, string>): FieldErrors<T> {
  const root: Record<string, unknown> = {};
  for (const [path, code] of Object.entries(fields)) {
    const keys = path.split('.');
    let node = root;
    keys.forEach((k, i) => {
      if (i === keys.length - 1) node[k] = { type: code, message: code };
      else node = (node[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {}) as Record<string, unknown>;
    });
  }
  return root as FieldErrors<T>;
}

/**
 * A react-hook-form resolver over a shared zod schema: the form's text fields become the
 * request body first, so the browser validates exactly what the server will parse.
 */
export function schemaResolver<TForm extends FieldValues, S extends z.ZodType>(
  schema: S,
  toInput: (values: TForm) => unknown,
): Resolver<TForm> {
  return async (values) => {
    const r = parseInput(schema, toInput(values));
    if (r.ok) return { values, errors: {} };
    return { values: {}, errors: nestFieldErrors<TForm>(r.fields) };
  };
}
