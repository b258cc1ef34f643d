import { machineOf, type MoveRule } from './machine';

/**
 * A work order (售后派工单) sent to one dealer's service station:
 * dispatched → accepted | declined (with a reason);
 * accepted → contacted (reached the customer) → scheduled (an agreed appointment)
 * → on_site (arrived) → completed (the receipt);
 * three failed contact attempts in a row → returned_to_coordinator (seed 002 4.2.1);
 * the coordinator reassigns an open, declined or returned order with a reason: this
 * order ends as reassigned and a new one is dispatched.
 * A reschedule is a move from scheduled to scheduled, and needs a reason.
 */
export const WORK_ORDER_STATES = [
  'dispatched',
  'accepted',
  'declined',
  'contacted',
  'scheduled',
  'on_site',
  'completed',
  'returned_to_coordinator',
  'reassigned',
] as const;

export type WorkOrderStatus = (typeof WORK_ORDER_STATES)[number];

export type WorkOrderEvent =
  | 'accept'
  | 'decline'
  | 'contact'
  | 'schedule'
  | 'reschedule'
  | 'arrive'
  | 'complete'
  | 'return_to_coordinator'
  | 'reassign';

export const WORK_ORDER_TRANSITIONS: ReadonlyArray<MoveRule<WorkOrderStatus, WorkOrderEvent>> = [
  { event: 'accept', actor: 'dealer', from: ['dispatched'], to: 'accepted' },
  { event: 'decline', actor: 'dealer', from: ['dispatched'], to: 'declined', needsReason: true },
  { event: 'contact', actor: 'dealer', from: ['accepted', 'contacted'], to: 'contacted' },
  { event: 'schedule', actor: 'dealer', from: ['accepted', 'contacted'], to: 'scheduled' },
  { event: 'reschedule', actor: 'dealer', from: ['scheduled'], to: 'scheduled', needsReason: true },
  // A technician who calls and drives straight over has no appointment to set first.
  { event: 'arrive', actor: 'dealer', from: ['accepted', 'contacted', 'scheduled'], to: 'on_site' },
  { event: 'complete', actor: 'dealer', from: ['on_site'], to: 'completed' },
  { event: 'return_to_coordinator', actor: 'system', from: ['accepted', 'contacted', 'scheduled'], to: 'returned_to_coordinator' },
  {
    event: 'reassign',
    actor: 'coordinator',
    action: 'service.dispatch',
    from: ['dispatched', 'accepted', 'declined', 'contacted', 'scheduled', 'returned_to_coordinator'],
    to: 'reassigned',
    needsReason: true,
  },
];

export const WORK_ORDER_MACHINE = machineOf(WORK_ORDER_STATES, WORK_ORDER_TRANSITIONS, 'WORK_ORDER_WRONG_STATE');

/** The order is over for its dealer: the customer's phone and address are masked from then on. */
export const CLOSED_WORK_ORDER_STATES: readonly WorkOrderStatus[] = ['declined', 'completed', 'returned_to_coordinator', 'reassigned'];

/** The dealer has arranged the job (seed 000: 2小时内做出安排): the arrange and check timers stop. */
export const ARRANGED_WORK_ORDER_STATES: readonly WorkOrderStatus[] = ['accepted', 'contacted', 'scheduled', 'on_site', 'completed'];

export function isWorkOrderClosed(status: WorkOrderStatus): boolean {
  return CLOSED_WORK_ORDER_STATES.includes(status);
}
