import * as z from 'zod';
import { LIMITS, code, optionalText, plainString, text } from './primitives';

export const answerInputSchema = z.object({
  message: text(),
});

const lineId = z.union([z.number().int().positive(), plainString().trim().min(1).max(LIMITS.code)]);

export const decisionLineSchema = z
  .object({
    id: lineId,
    action: z.enum(['accept', 'adjust', 'reject']),
    qty: z.number().int().min(0).max(LIMITS.qty).optional(),
    hours: z
      .number()
      .min(0)
      .max(LIMITS.hours)
      .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-6, { error: 'too_precise' })
      .optional(),
    reasonCode: code().optional(),
  })
  // An adjusted or rejected line must say why (audit trail); accepting needs no reason.
  .superRefine((line, ctx) => {
    if (line.action !== 'accept' && !line.reasonCode) {
      ctx.addIssue({ code: 'custom', path: ['reasonCode'], message: 'required' });
    }
  });

export const decisionInputSchema = z
  .object({
    decision: z.enum(['approve', 'partial', 'reject', 'request_info']),
    lines: z.array(decisionLineSchema).max(LIMITS.decisionLines).optional(),
    comment: plainString().trim().max(LIMITS.text).default(''),
  })
  .superRefine((d, ctx) => {
    // The dealer's question and the reason for a rejection are what the audit trail keeps.
    if ((d.decision === 'request_info' || d.decision === 'reject') && !d.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'required' });
    }
    if (d.decision === 'partial' && !(d.lines ?? []).some((l) => l.action !== 'accept')) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'required' });
    }
  });

export const inspectionInputSchema = z.object({
  result: z.enum(['confirmed', 'no_fault', 'misuse', 'not_received']),
  disposition: z.enum(['reusable', 'scrap']),
  note: optionalText(),
});
