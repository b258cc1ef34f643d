import * as z from 'zod';
import { blankAsMissing, code, isoDate, text } from './primitives';

/** Largest correction one line may carry: ¥100,000,000.00, far beyond any claim. */
const MAX_ADJUSTMENT_FEN = 10_000_000_000;

/**
 * A correction of a claim settled earlier, carried by a later settlement (an issued one
 * never changes): signed fen (negative takes money back), always with its reason.
 */
export const settlementAdjustmentSchema = z.object({
  claimNumber: code().nullish(),
  amount: z
    .number()
    .int()
    .min(-MAX_ADJUSTMENT_FEN)
    .max(MAX_ADJUSTMENT_FEN)
    .refine((n) => n !== 0, { error: 'invalid' }),
  reason: text(),
});

export const settlementCreateInputSchema = z
  .object({
    dealer: code(),
    periodStart: isoDate(),
    periodEnd: isoDate(),
    adjustments: z.array(settlementAdjustmentSchema).max(50).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.periodEnd < s.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'invalid_range' });
    }
  });

const optionalDate = () => z.preprocess(blankAsMissing, isoDate().optional());

/** GET /settlements/export.csv: issue dates from…to, both inclusive and optional. */
export const settlementExportQuerySchema = z
  .object({ from: optionalDate(), to: optionalDate() })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'invalid_range' });
  });
