import * as z from 'zod';
import { isoDate, optionalText, text } from '../schemas/primitives';
import { DEALER_GRADES } from './auto-approve';

/** Staff set a dealer's grade: the reason is mandatory, it is what the audit row keeps (seed 000: 降级). */
export const gradeChangeInputSchema = z.object({
  grade: z.enum(DEALER_GRADES),
  reason: text(),
});
export type GradeChangeInput = z.infer<typeof gradeChangeInputSchema>;

/** A reviewer's verdict on a spot check; a failure must say what was wrong. */
export const spotCheckDecisionSchema = z
  .object({
    result: z.enum(['passed', 'failed']),
    note: optionalText(),
  })
  .superRefine((d, ctx) => {
    if (d.result === 'failed' && !d.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
  });
export type SpotCheckDecisionInput = z.infer<typeof spotCheckDecisionSchema>;

const page = z.coerce.number().int().min(1).max(100_000).optional();
const pageSize = z.coerce.number().int().min(1).max(100).optional();

export const spotCheckListQuerySchema = z.object({
  status: z.enum(['pending', 'passed', 'failed', 'all']).optional(),
  dealer: z.string().trim().min(1).max(64).optional(),
  page,
  pageSize,
});
export type SpotCheckListQuery = z.infer<typeof spotCheckListQuerySchema>;

/** The scorecard's period by filing date; both ends optional (default: the 365 days up to today). */
export const scorecardQuerySchema = z
  .object({ from: isoDate().optional(), to: isoDate().optional() })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'invalid_date' });
  });
export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>;
