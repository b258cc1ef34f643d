import * as z from 'zod';
import { isIsoDate } from '../calendar/date-only';

/** Bounds of docs/api.md (free text ≤ 2000) and of the CMS columns (codes ≤ 64, names ≤ 100). */
export const LIMITS = {
  text: 2000,
  code: 64,
  name: 100,
  address: 300,
  phone: 50,
  query: 100,
  /** Idempotency-Key: stored as `<dealer code ≤ 64>:<key>` in a 255-character column. */
  idempotencyKey: 128,
  partLines: 50,
  labourLines: 50,
  shipmentParts: 200,
  decisionLines: 120,
  qty: 9999,
  hours: 999.9,
  km: 100000,
  usage: 100_000_000,
  page: 100_000,
  pageSize: 100,
} as const;

/** C0 controls but tab and line breaks, and DEL: PostgreSQL refuses NUL in text, and nothing a dealer types contains the others. */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasControlCharacters = (text: string) => CONTROL.test(text);

/**
 * Half of a UTF-16 surrogate pair without its other half: no character at all. UTF-8 cannot
 * encode it, so PostgreSQL refuses it in JSON and SQLite keeps bytes that read back altered.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasLoneSurrogate = (text: string) => LONE_SURROGATE.test(text);

/** Text without control characters, made of whole characters. */
export const plainString = () =>
  z
    .string()
    .refine((text) => !hasControlCharacters(text), { error: 'invalid_characters' })
    .refine((text) => !hasLoneSurrogate(text), { error: 'invalid_text' });

/**
 * The Idempotency-Key header: printable ASCII, spaces included (a header's bytes beyond it
 * would be read as Latin-1, not as the client meant them), at most LIMITS.idempotencyKey characters.
 */
export const idempotencyKey = () =>
  z
    .string()
    .max(LIMITS.idempotencyKey)
    .regex(/^[\x20-\x7E]+$/);

/** A real calendar date `YYYY-MM-DD`; the message is the stable code validationDetails reports. */
export const isoDate = () => z.string().refine(isIsoDate, { error: 'invalid_date' });

/** Codes, serials, part numbers: trimmed, non-empty, ≤ 64. */
export const code = () => plainString().trim().min(1).max(LIMITS.code);

export const name = () => plainString().trim().min(1).max(LIMITS.name);

export const text = () => plainString().trim().min(1).max(LIMITS.text);

export const optionalText = () => plainString().trim().max(LIMITS.text).nullish();

/** Exact for one decimal: 1.1 × 10 is 11.000000000000002, never 11.5. */
function oneDecimal(n: number): boolean {
  return Math.abs(n * 10 - Math.round(n * 10)) < 1e-6;
}

export const hours = () =>
  z.number().positive().max(LIMITS.hours).refine(oneDecimal, { error: 'too_precise' });

export const qty = () => z.number().int().positive().max(LIMITS.qty);

export const remedy = z.enum(['repair', 'replacement', 'refund']);

export const usageUnit = z.enum(['h', 'km']);

export const usage = z.object({
  value: z.number().min(0).max(LIMITS.usage),
  unit: usageUnit,
});

/** Query strings arrive as text; an empty `?status=` means "not given". */
export const blankAsMissing = (v: unknown) => (v === '' || v === null ? undefined : v);
