import * as z from 'zod';
import type { Bilingual } from '../contracts/money';
import type { QuoteContext } from '../contracts/facts';
import type { Quote } from '../contracts/quote';
import { LIMITS, code, hours, name, optionalText, text, usage } from '../schemas/primitives';
import { priceQuote } from '../pricing/quote';
import { instant } from './primitives';

/**
 * Decoded PNG bytes of a signature: a phone-screen drawing is tens of KB; the bound keeps uploads small.
 * Its base64 (4/3 of it) plus the rest of a full receipt must fit the JSON body limit (256 kb,
 * cms/config/middlewares): a signature at or just over the bound gets this schema's coded answer,
 * not the body parser's 413. A multiple of 3, so the length bound below is exact.
 */
export const SIGNATURE_MAX_BYTES = 150_000;
const SIGNATURE_PREFIX = 'data:image/png;base64,';
/** Base64 of the 8-byte PNG magic number (\x89PNG\r\n\x1a\n). */
const PNG_MAGIC_BASE64 = 'iVBORw0KGgo';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The longest base64 text the byte bound allows. */
export const SIGNATURE_MAX_LENGTH = SIGNATURE_PREFIX.length + Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4;

/**
 * The customer's signature as drawn on the technician's phone: a PNG data URL within
 * the bound. The server decodes it, stores the bytes as evidence and computes their
 * SHA-256 itself; a client's hash is never taken.
 */
export const signatureSchema = () =>
  z
    .string()
    .max(SIGNATURE_MAX_LENGTH, { error: 'too_long' })
    .refine(
      (s) => {
        if (!s.startsWith(SIGNATURE_PREFIX)) return false;
        const body = s.slice(SIGNATURE_PREFIX.length);
        return body.length % 4 === 0 && body.startsWith(PNG_MAGIC_BASE64) && BASE64.test(body);
      },
      { error: 'signature_invalid' },
    );

/**
 * One part line of the receipt, as on 零配件领料单: what was issued to the technician,
 * what went into the unit, and whether the part issued was the right one for the job
 * (the parts-shipped-correctly rate, seed 000's ≥ 98 % target).
 */
export const receiptPartSchema = z
  .object({
    partNumber: code(),
    qtyIssued: z.number().int().min(0).max(LIMITS.qty),
    qtyUsed: z.number().int().min(0).max(LIMITS.qty),
    correct: z.boolean(),
  })
  .refine((p) => p.qtyIssued > 0 || p.qtyUsed > 0, { path: ['qtyUsed'], error: 'too_small' });

export const COVERAGES = ['in_warranty', 'out_of_warranty'] as const;
export type Coverage = (typeof COVERAGES)[number];

/** 5 非常满意 … 1 非常不满意. Satisfied means 满意 or better (seed 000: 服务满意率98%以上). */
export const SATISFACTION_LABELS: Record<1 | 2 | 3 | 4 | 5, Bilingual> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '一般', en: 'Neutral' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};
export const SATISFIED_AT_LEAST = 4;

export const satisfaction = () => z.number().int().min(1).max(5);

export function isSatisfied(score: number): boolean {
  return score >= SATISFIED_AT_LEAST;
}

/** 维修服务回执单, filled at the customer's and signed there. The charge is never taken from it: the server prices it. */
export const serviceReceiptInputSchema = z.object({
  /** The main component at fault (the claim's fault.component). */
  faultComponent: code(),
  faultFound: text(),
  workDone: text(),
  parts: z.array(receiptPartSchema).max(LIMITS.partLines).default([]),
  labour: z
    .array(z.object({ operation: code(), hours: hours() }))
    .max(LIMITS.labourLines)
    .default([]),
  travelKm: z.number().int().min(0).max(LIMITS.km).nullish(),
  usage: usage.nullish(),
  coverage: z.enum(COVERAGES),
  completedAt: instant(),
  acceptance: z.object({
    name: name(),
    signature: signatureSchema(),
  }),
  satisfaction: satisfaction(),
  comment: optionalText(),
});

export type ServiceReceiptInput = z.output<typeof serviceReceiptInputSchema>;

/**
 * What an out-of-warranty customer pays (seed 002 4.7.3: parts actually used, at the
 * fee card): the quote of the parts used, the labour and the travel, priced by the one
 * quote pricing. In warranty nothing is charged (4.7.2): null.
 */
export function receiptCharge(receipt: ServiceReceiptInput, model: string, ctx: QuoteContext): Quote | null {
  if (receipt.coverage === 'in_warranty') return null;
  const used = receipt.parts.flatMap((p, index) => (p.qtyUsed > 0 ? [{ index, partNumber: p.partNumber, qty: p.qtyUsed }] : []));
  const quote = priceQuote(
    {
      model,
      parts: used.map(({ partNumber, qty }) => ({ partNumber, qty })),
      labour: receipt.labour.map((l) => ({ operation: l.operation, hours: l.hours })),
      travelKm: receipt.travelKm ?? null,
    },
    ctx,
  );
  // A finding names the receipt's own line, not the line of the quote that skipped the unused parts.
  const findings = quote.findings.map((f) => {
    const m = f.field ? /^parts\.(\d+)\.(.*)$/.exec(f.field) : null;
    return m ? { ...f, field: `parts.${used[Number(m[1])].index}.${m[2]}` } : f;
  });
  return { ...quote, findings };
}

/** Part lines of receipts and how many were the right part for the job: the parts-shipped-correctly rate. */
export function partsCorrectness(parts: ReadonlyArray<{ correct: boolean }>): { lines: number; correct: number } {
  return { lines: parts.length, correct: parts.filter((p) => p.correct).length };
}
