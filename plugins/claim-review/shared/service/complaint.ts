import * as z from 'zod';
import { code, name, optionalText, text } from '../schemas/primitives';
import { instant, phone } from './primitives';
import { isSatisfied, satisfaction } from './receipt';

/**
 * A complaint (投诉), as seed 000 篇十五 and seed 001 (客户投诉处理流程) record it: how it came
 * in, whom it is about, how serious it is, what it is linked to, and what the customer said.
 * Who received it is the signed-in user, and owns it until it is closed (首问负责制).
 */

/** 来电、来信、来访, e-mail (seed 001: 邮件处理), or raised during a follow-up call (回访). */
export const COMPLAINT_CHANNELS = ['phone', 'letter', 'visit', 'email', 'follow_up'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** About a dealer (its code), a product (its model code) or a staff member (their user name). */
export const COMPLAINT_SUBJECTS = ['dealer', 'product', 'staff'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

/** critical: safety, or a unit out of use; major: a service failure; minor: everything else. Sets the resolution deadline. */
export const COMPLAINT_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** Documents are uploaded to the complaint first, then named here by their attachment id. */
export const COMPLAINT_DOCUMENTS_MAX = 20;

const subject = z.object({ kind: z.enum(COMPLAINT_SUBJECTS), code: code() });

/** What it is linked to: a service request (SR-…), a claim (CR-…) or a unit (serial); each optional. */
const links = z
  .object({
    serviceRequest: code().nullish(),
    claim: code().nullish(),
    unit: code().nullish(),
  })
  .default({});

const complaintFields = {
  subject,
  severity: z.enum(COMPLAINT_SEVERITIES),
  links,
  description: text(),
  receivedAt: instant(),
};

/** 客户投诉记录表: the caller too, since a complaint can come from someone with no service request. */
export const complaintInputSchema = z.object({
  channel: z.enum(COMPLAINT_CHANNELS.filter((c) => c !== 'follow_up') as ['phone', 'letter', 'visit', 'email']),
  complainant: z.object({ name: name(), phone: phone() }),
  ...complaintFields,
});
export type ComplaintInput = z.output<typeof complaintInputSchema>;

/**
 * A complaint raised during a follow-up call (seed 000: 回访过程中发现的客户不满意): the request
 * is the one called about, the caller its customer and the time the call's, so only what
 * the customer complained about is asked.
 */
export const complaintFromFollowUpSchema = z.object({
  subject,
  severity: z.enum(COMPLAINT_SEVERITIES),
  description: text(),
  claim: code().nullish(),
});
export type ComplaintFromFollowUpInput = z.output<typeof complaintFromFollowUpSchema>;

/** What the server knows of the call and its request, none of it taken from the client. */
export interface FollowUpCallFacts {
  requestNumber: string;
  calledAt: string;
  unitSerial: string | null;
  customer: { name: string; phone: string };
}

/** The complaint a follow-up call raises, in the shape of a direct one with channel follow_up. */
export function complaintFromFollowUp(input: ComplaintFromFollowUpInput, call: FollowUpCallFacts) {
  return {
    channel: 'follow_up' as const,
    complainant: call.customer,
    subject: input.subject,
    severity: input.severity,
    links: { serviceRequest: call.requestNumber, claim: input.claim ?? null, unit: call.unitSerial },
    description: input.description,
    receivedAt: call.calledAt,
  };
}

/** Each responsible department told in writing (in-app notice and e-mail), by department code. */
export const complaintNoticeInputSchema = z.object({
  departments: z.array(code()).min(1).max(10),
  note: optionalText(),
});
export type ComplaintNoticeInput = z.output<typeof complaintNoticeInputSchema>;

/** How it was resolved, with the documents (attachment ids) that show it. */
export const complaintResolutionInputSchema = z.object({
  at: instant(),
  resolution: text(),
  documents: z.array(z.number().int().positive()).max(COMPLAINT_DOCUMENTS_MAX).default([]),
});
export type ComplaintResolutionInput = z.output<typeof complaintResolutionInputSchema>;

/** The call back to the customer to confirm satisfaction (seed 000 十、2: 再次与客户联系，确认客户满意程度). */
export const complaintConfirmationInputSchema = z
  .object({
    at: instant(),
    reached: z.boolean(),
    satisfaction: satisfaction().nullish(),
    note: optionalText(),
  })
  .superRefine((c, ctx) => {
    if (c.reached && (c.satisfaction === null || c.satisfaction === undefined)) ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: 'required' });
  });
export type ComplaintConfirmationInput = z.output<typeof complaintConfirmationInputSchema>;

/** 满意 or better closes it; below reopens it; no answer moves nothing (call again). Same bar as the follow-up. */
export function confirmationEvent(c: Pick<ComplaintConfirmationInput, 'reached' | 'satisfaction'>): 'confirm_satisfied' | 'confirm_unsatisfied' | null {
  if (!c.reached || c.satisfaction === null || c.satisfaction === undefined) return null;
  return isSatisfied(c.satisfaction) ? 'confirm_satisfied' : 'confirm_unsatisfied';
}
