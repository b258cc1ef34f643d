import { SERVICE_REQUEST_TRANSITIONS } from './request-machine';
import { WORK_ORDER_TRANSITIONS } from './work-order-machine';

/**
 * Entries of a timeline that move no state: the call registered, a call to the
 * customer that changed nothing, an unanswered follow-up call, the claim filed.
 */
const NOTES = ['received', 'contact_attempt', 'follow_up_no_answer', 'claim_filed'] as const;

/** Every event a request's or a work order's timeline can hold; the screens label each one. */
export const SERVICE_TIMELINE_EVENTS: readonly string[] = [
  ...new Set<string>([...NOTES, ...SERVICE_REQUEST_TRANSITIONS.map((t) => t.event), ...WORK_ORDER_TRANSITIONS.map((t) => t.event)]),
];
