import { machineOf, type MoveRule } from './machine';

/**
 * A complaint (投诉), seed 000 十、2 and seed 001 (客户投诉处理流程):
 * received (recorded; the receiver owns it) → in_progress (each responsible department
 * told in writing) → resolved (resolution and documents) → closed, once the customer,
 * called again, confirms satisfaction. An unsatisfied confirmation puts it back in
 * progress. Closed is archived: no move leaves it.
 * Ownership (首问负责制) is not a move: the receiver owns it from the start to the end,
 * and only the owner moves it (complaintOwnerProblem).
 */
export const COMPLAINT_STATES = ['received', 'in_progress', 'resolved', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATES)[number];

export type ComplaintEvent = 'notify_departments' | 'resolve' | 'confirm_satisfied' | 'confirm_unsatisfied';

const action = 'service.complaint' as const;

export const COMPLAINT_TRANSITIONS: ReadonlyArray<MoveRule<ComplaintStatus, ComplaintEvent>> = [
  // Another department may be told later, while it is being handled.
  { event: 'notify_departments', actor: 'coordinator', action, from: ['received', 'in_progress'], to: 'in_progress' },
  { event: 'resolve', actor: 'coordinator', action, from: ['in_progress'], to: 'resolved' },
  { event: 'confirm_satisfied', actor: 'coordinator', action, from: ['resolved'], to: 'closed' },
  { event: 'confirm_unsatisfied', actor: 'coordinator', action, from: ['resolved'], to: 'in_progress' },
];

export const COMPLAINT_MACHINE = machineOf(COMPLAINT_STATES, COMPLAINT_TRANSITIONS, 'COMPLAINT_WRONG_STATE');

/** Archived (seed 000: 投诉单和各项处理文件归档备案): no note, document or move is taken any more. */
export function isComplaintReadOnly(status: ComplaintStatus): boolean {
  return status === 'closed';
}

/**
 * 首问负责制 (seed 001: 客户首次问询的工作人员为第一责任者): only the staff member who received
 * the complaint acts on it. A 403 with its own reason, before any state check.
 */
export function complaintOwnerProblem(ownerId: number | string, userId: number | string): 'NOT_COMPLAINT_OWNER' | null {
  return String(ownerId) === String(userId) ? null : 'NOT_COMPLAINT_OWNER';
}
