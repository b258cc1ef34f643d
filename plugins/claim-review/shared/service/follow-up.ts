import * as z from 'zod';
import { optionalText } from '../schemas/primitives';
import { instant } from './primitives';
import { isSatisfied, satisfaction } from './receipt';

/**
 * One follow-up call (回访): when, whether the customer answered, and if so whether the
 * problem is solved and how satisfied they are (1–5), with a note.
 */
export const followUpInputSchema = z
  .object({
    at: instant(),
    reached: z.boolean(),
    solved: z.boolean().nullish(),
    satisfaction: satisfaction().nullish(),
    note: optionalText(),
  })
  .superRefine((f, ctx) => {
    if (!f.reached) return;
    if (f.solved === null || f.solved === undefined) ctx.addIssue({ code: 'custom', path: ['solved'], message: 'required' });
    if (f.satisfaction === null || f.satisfaction === undefined) ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: 'required' });
  });

export type FollowUpInput = z.output<typeof followUpInputSchema>;

export type FollowUpOutcome = 'no_answer' | 'satisfied' | 'reopen';

/**
 * Seed 002 4.9.1: 客户若不满意则跟踪服务直至客户满意为止. Solved and 满意 or better
 * closes the loop; unsolved, or 一般 and below, reopens the request. 一般 counts as not
 * satisfied because seed 000's target (服务满意率98%以上) counts only satisfied customers.
 */
export function followUpOutcome(f: Pick<FollowUpInput, 'reached' | 'solved' | 'satisfaction'>): FollowUpOutcome {
  if (!f.reached) return 'no_answer';
  return f.solved === true && f.satisfaction !== null && f.satisfaction !== undefined && isSatisfied(f.satisfaction) ? 'satisfied' : 'reopen';
}

/** The request move of an outcome; an unanswered call moves nothing (the timer keeps running). */
export function followUpEvent(outcome: FollowUpOutcome): 'follow_up_satisfied' | 'reopen' | null {
  if (outcome === 'satisfied') return 'follow_up_satisfied';
  return outcome === 'reopen' ? 'reopen' : null;
}
