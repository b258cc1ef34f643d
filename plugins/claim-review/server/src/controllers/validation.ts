import type { z } from 'zod';
import { parseInput } from '../../../shared';
import { ApiError } from '../api-error';

/**
 * Parses a body or query with the shared schema (the one the portal's form uses);
 * a failure is a 400 VALIDATION_FAILED with the dotted field paths and nothing else
 * happens. Unknown keys, including any price, dealer or status, are stripped.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = parseInput(schema, data ?? {});
  if (!result.ok) throw new ApiError('VALIDATION_FAILED', { fields: result.fields });
  return result.data;
}
