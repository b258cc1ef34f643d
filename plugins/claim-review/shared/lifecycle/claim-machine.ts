import type { Actor, ClaimEventName, ClaimStatus, ReviewDecision } from '../contracts/claim';

export const CLAIM_STATES: readonly ClaimStatus[] = [
  'draft',
  'submitted',
  'in_review',
  'info_requested',
  'rejected',
  'approved',
  'partially_approved',
  'awaiting_parts',
  'ready_to_settle',
  'settled',
];

export interface TransitionRule {
  event: ClaimEventName;
  actor: Actor;
  from: readonly ClaimStatus[];
  to: ClaimStatus;
}

/** THE claim state machine (DOMAIN.md "A claim's life"). Nothing else moves a claim. */
export const CLAIM_TRANSITIONS: readonly TransitionRule[] = [
  { event: 'submit', actor: 'dealer', from: ['draft'], to: 'submitted' },
  { event: 'accept_precheck', actor: 'system', from: ['submitted'], to: 'in_review' },
  { event: 'request_info', actor: 'reviewer', from: ['in_review'], to: 'info_requested' },
  { event: 'answer', actor: 'dealer', from: ['info_requested'], to: 'in_review' },
  { event: 'reject', actor: 'reviewer', from: ['in_review'], to: 'rejected' },
  { event: 'approve', actor: 'reviewer', from: ['in_review'], to: 'approved' },
  { event: 'approve_partially', actor: 'reviewer', from: ['in_review'], to: 'partially_approved' },
  { event: 'await_parts', actor: 'system', from: ['approved', 'partially_approved'], to: 'awaiting_parts' },
  { event: 'nothing_to_return', actor: 'system', from: ['approved', 'partially_approved'], to: 'ready_to_settle' },
  { event: 'parts_inspected', actor: 'system', from: ['awaiting_parts'], to: 'ready_to_settle' },
  // Past the grace period after the cut-off: the parts never returned are forfeited, the rest settles.
  { event: 'return_forfeited', actor: 'system', from: ['awaiting_parts'], to: 'ready_to_settle' },
  { event: 'settle', actor: 'finance', from: ['ready_to_settle'], to: 'settled' },
  // A reviewer's failed spot check of an auto-approved claim (which owes no part) takes the
  // approval back while the claim is in no settlement: it is reviewed like any other.
  { event: 'spot_check_failed', actor: 'reviewer', from: ['approved', 'ready_to_settle'], to: 'in_review' },
];

/** A dealer edits only what the reviewer has not got, or has handed back with a question. */
export const DEALER_EDITABLE_STATES: readonly ClaimStatus[] = ['draft', 'info_requested'];
export const DEALER_DELETABLE_STATES: readonly ClaimStatus[] = ['draft'];
export const FINAL_STATES: readonly ClaimStatus[] = ['rejected', 'settled'];

export type TransitionResult =
  | { ok: true; to: ClaimStatus }
  | { ok: false; code: 'FORBIDDEN'; reason: 'WRONG_ACTOR' }
  | { ok: false; code: 'CONFLICT'; reason: 'WRONG_STATE' };

/**
 * The next state, or why not: an event that belongs to another actor is FORBIDDEN
 * whatever the state (403), a right actor in the wrong state is a CONFLICT (409).
 */
export function transition(state: ClaimStatus, event: ClaimEventName, actor: Actor): TransitionResult {
  const rule = CLAIM_TRANSITIONS.find((r) => r.event === event);
  if (!rule) return { ok: false, code: 'CONFLICT', reason: 'WRONG_STATE' };
  if (rule.actor !== actor) return { ok: false, code: 'FORBIDDEN', reason: 'WRONG_ACTOR' };
  if (!rule.from.includes(state)) return { ok: false, code: 'CONFLICT', reason: 'WRONG_STATE' };
  return { ok: true, to: rule.to };
}

export function allowedEvents(state: ClaimStatus, actor: Actor): ClaimEventName[] {
  return CLAIM_TRANSITIONS.filter((r) => r.actor === actor && r.from.includes(state)).map((r) => r.event);
}

export function dealerMayEdit(state: ClaimStatus): boolean {
  return DEALER_EDITABLE_STATES.includes(state);
}

export function dealerMayDelete(state: ClaimStatus): boolean {
  return DEALER_DELETABLE_STATES.includes(state);
}

export function isFinal(state: ClaimStatus): boolean {
  return FINAL_STATES.includes(state);
}

const DECISION_EVENTS: Record<ReviewDecision, ClaimEventName> = {
  approve: 'approve',
  partial: 'approve_partially',
  reject: 'reject',
  request_info: 'request_info',
};

/** The lifecycle event of a reviewer's decision body. */
export function decisionEvent(decision: ReviewDecision): ClaimEventName {
  return DECISION_EVENTS[decision];
}
