import { machineOf, type MoveRule } from './machine';

/**
 * A customer's call (产品售后服务登记表), seed 002 §4 and seed 000 篇十五:
 * received → guidance (solved on the phone) | dispatched (售后派工单) | closed (not a product matter);
 * dispatched → in_service (the technician arrived) → completed (维修服务回执单 signed)
 * → followed_up (回访: solved and satisfied) → closed.
 * An unsolved or dissatisfied follow-up reopens the request, which is triaged again,
 * and so on until the customer is satisfied (seed 002 4.9.1).
 */
export const SERVICE_REQUEST_STATES = [
  'received',
  'guidance',
  'dispatched',
  'in_service',
  'completed',
  'followed_up',
  'reopened',
  'closed',
] as const;

export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATES)[number];

export type ServiceRequestEvent =
  | 'give_guidance'
  | 'dispatch'
  | 'close_not_product'
  | 'start_service'
  | 'complete'
  | 'follow_up_satisfied'
  | 'reopen'
  | 'close';

export const SERVICE_REQUEST_TRANSITIONS: ReadonlyArray<MoveRule<ServiceRequestStatus, ServiceRequestEvent>> = [
  { event: 'give_guidance', actor: 'coordinator', action: 'service.intake', from: ['received', 'reopened'], to: 'guidance' },
  { event: 'dispatch', actor: 'coordinator', action: 'service.dispatch', from: ['received', 'reopened'], to: 'dispatched' },
  {
    event: 'close_not_product',
    actor: 'coordinator',
    action: 'service.intake',
    from: ['received', 'reopened'],
    to: 'closed',
    needsReason: true,
  },
  // The work order's arrival and receipt move the request: the dealer acts on the order, not here.
  { event: 'start_service', actor: 'system', from: ['dispatched'], to: 'in_service' },
  { event: 'complete', actor: 'system', from: ['in_service'], to: 'completed' },
  { event: 'follow_up_satisfied', actor: 'coordinator', action: 'service.follow-up', from: ['guidance', 'completed'], to: 'followed_up' },
  { event: 'reopen', actor: 'coordinator', action: 'service.follow-up', from: ['guidance', 'completed'], to: 'reopened' },
  { event: 'close', actor: 'coordinator', action: 'service.follow-up', from: ['followed_up'], to: 'closed' },
];

export const SERVICE_REQUEST_MACHINE = machineOf(SERVICE_REQUEST_STATES, SERVICE_REQUEST_TRANSITIONS, 'REQUEST_WRONG_STATE');

/** States whose request still needs someone's work: the dispatch board and worklists show these. */
export const OPEN_REQUEST_STATES: readonly ServiceRequestStatus[] = SERVICE_REQUEST_STATES.filter((s) => s !== 'closed');

/** States in which a follow-up call (回访) is due. */
export const FOLLOW_UP_STATES: readonly ServiceRequestStatus[] = ['guidance', 'completed'];
