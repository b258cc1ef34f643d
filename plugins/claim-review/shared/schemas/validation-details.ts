import * as z from 'zod';
import type { Bilingual } from '../contracts/money';
import { message } from '../messages/message';

/** Stable lower_snake codes that `details.fields` carries; the portal keys its field errors on them. */
export const VALIDATION_CODES = [
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'too_long',
  'too_many',
  'too_few',
  'invalid_enum',
  'invalid_date',
  'invalid_format',
  'invalid_characters',
  'invalid_text',
  'not_integer',
  'too_precise',
  'invalid_range',
  'unknown_line',
  'not_adjustable',
  'not_settled',
  'phone_invalid',
  'signature_invalid',
  'in_future',
  'in_past',
  'too_far',
  'before_dispatch',
  'before_arrival',
  'before_completion',
  'invalid',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export type FieldErrors = Record<string, ValidationCode>;

/** Key for an issue about the whole body (e.g. an array sent instead of an object). */
export const ROOT_PATH = '_root';

function isValidationCode(s: string): s is ValidationCode {
  return (VALIDATION_CODES as readonly string[]).includes(s);
}

/**
 * zod reports a missing key as invalid_type (or invalid_value for an enum); only the
 * error map sees the input, so it tags those issues "required" (parseInput passes it).
 * Without it, the default English message "… received undefined" is the fallback clue.
 */
export const requiredErrorMap: z.core.$ZodErrorMap = (iss) =>
  iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value')
    ? 'required'
    : undefined;

function codeOf(issue: z.core.$ZodIssue): ValidationCode {
  if (isValidationCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return 'required';
      return issue.expected === 'int' ? 'not_integer' : 'invalid_type';
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'required';
      return issue.origin === 'array' ? 'too_few' : 'too_small';
    case 'too_big':
      if (issue.origin === 'string') return 'too_long';
      return issue.origin === 'array' ? 'too_many' : 'too_big';
    case 'invalid_value':
      return 'invalid_enum';
    case 'invalid_format':
      return 'invalid_format';
    case 'invalid_union':
      return 'invalid_type';
    case 'not_multiple_of':
      return 'too_precise';
    default:
      return 'invalid';
  }
}

/** `{ "parts.0.qty": "too_small" }`: dotted path → code, the first issue of each path. */
export function validationDetails(error: { issues: readonly z.core.$ZodIssue[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join('.') : ROOT_PATH;
    if (!(path in out)) out[path] = codeOf(issue);
  }
  return out;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

/** Parse a request body or query; on failure the fields map is what a 400 VALIDATION_FAILED carries. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): ParseResult<z.output<S>> {
  const r = schema.safeParse(data, { error: requiredErrorMap });
  return r.success ? { ok: true, data: r.data } : { ok: false, fields: validationDetails(r.error) };
}

/** Bilingual text of each field's code, for the portal's form. */
export function fieldMessages(fields: Record<string, string>): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = {};
  for (const [path, c] of Object.entries(fields)) {
    out[path] = message(isValidationCode(c) ? `validation.${c}` : 'validation.invalid');
  }
  return out;
}
