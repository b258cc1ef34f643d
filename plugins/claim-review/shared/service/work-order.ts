import * as z from 'zod';
import type { IsoDateTime } from '../contracts/money';
import { code, name, optionalText, text } from '../schemas/primitives';
import { instant } from './primitives';
import type { WorkOrderStatus } from './work-order-machine';

export const declineInputSchema = z.object({ reason: text() });

/** A call from the station to the customer (seed 002 4.2.1): reached or not. */
export const contactAttemptInputSchema = z.object({
  at: instant(),
  reached: z.boolean(),
  note: optionalText(),
});

/**
 * The visit time the customer agreed to, and who agreed (the customer, or whoever
 * answered for them). A reschedule also carries its reason, which the machine asks for.
 */
export const appointmentInputSchema = z.object({
  at: instant(),
  agreedBy: name(),
  reason: optionalText(),
});

export const arrivalInputSchema = z.object({ at: instant() });

export const reassignInputSchema = z.object({ dealer: code(), reason: text() });

export type DeclineInput = z.output<typeof declineInputSchema>;
export type ContactAttemptInput = z.output<typeof contactAttemptInputSchema>;
export type AppointmentInput = z.output<typeof appointmentInputSchema>;
export type ArrivalInput = z.output<typeof arrivalInputSchema>;
export type ReassignInput = z.output<typeof reassignInputSchema>;

export interface ContactAttempt {
  at: Date | IsoDateTime;
  reached: boolean;
}

/** Seed 002 4.2.1: 三次电话仍未能与客户联系上的，须立即反馈售后内勤. */
export const FAILED_CONTACTS_LIMIT = 3;
/** Seed 002 4.2.1: 应10分钟后再打 — a redial sooner is logged but does not count toward the three. */
export const REDIAL_MINUTES = 10;

/**
 * Failed calls that count, since the customer was last reached: a call that reaches
 * the customer resets the count, and a failed call less than ten minutes after the
 * last counted one is a redial of it.
 */
export function countedFailedContacts(attempts: readonly ContactAttempt[]): number {
  const sorted = [...attempts].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  let count = 0;
  let last = -Infinity;
  for (const a of sorted) {
    const t = new Date(a.at).getTime();
    if (a.reached) {
      count = 0;
      last = -Infinity;
    } else if (t - last >= REDIAL_MINUTES * 60_000) {
      count += 1;
      last = t;
    }
  }
  return count;
}

/**
 * The work order move a newly logged attempt makes, given the attempts before it:
 * `contact` when the customer was first reached, `return_to_coordinator` at the third
 * counted failure, none otherwise. A scheduled order stays scheduled when the
 * technician's call before leaving gets through (seed 002 4.4).
 */
export function contactAttemptMove(
  status: WorkOrderStatus,
  earlier: readonly ContactAttempt[],
  attempt: ContactAttempt,
): 'contact' | 'return_to_coordinator' | null {
  if (attempt.reached) return status === 'accepted' ? 'contact' : null;
  return countedFailedContacts([...earlier, attempt]) >= FAILED_CONTACTS_LIMIT ? 'return_to_coordinator' : null;
}
