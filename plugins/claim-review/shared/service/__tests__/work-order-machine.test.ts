import { WORK_ORDER_MACHINE as M, WORK_ORDER_STATES, isWorkOrderClosed, type WorkOrderEvent, type WorkOrderStatus } from '../work-order-machine';
import type { ServiceActor } from '../machine';
import { movesFromOtherStates } from './fixtures';

const dispatcher: ServiceActor = { kind: 'coordinator', actions: ['service.dispatch'] };
const followUpOnly: ServiceActor = { kind: 'coordinator', actions: ['service.follow-up'] };
const dealer: ServiceActor = { kind: 'dealer' };
const system: ServiceActor = { kind: 'system' };

const LEGAL: Array<[WorkOrderStatus, WorkOrderEvent, ServiceActor, WorkOrderStatus]> = [
  ['dispatched', 'accept', dealer, 'accepted'],
  ['dispatched', 'decline', dealer, 'declined'],
  ['accepted', 'contact', dealer, 'contacted'],
  ['contacted', 'contact', dealer, 'contacted'],
  ['accepted', 'schedule', dealer, 'scheduled'],
  ['contacted', 'schedule', dealer, 'scheduled'],
  ['scheduled', 'reschedule', dealer, 'scheduled'],
  ['accepted', 'arrive', dealer, 'on_site'],
  ['contacted', 'arrive', dealer, 'on_site'],
  ['scheduled', 'arrive', dealer, 'on_site'],
  ['on_site', 'complete', dealer, 'completed'],
  ['accepted', 'return_to_coordinator', system, 'returned_to_coordinator'],
  ['contacted', 'return_to_coordinator', system, 'returned_to_coordinator'],
  ['scheduled', 'return_to_coordinator', system, 'returned_to_coordinator'],
  ['dispatched', 'reassign', dispatcher, 'reassigned'],
  ['accepted', 'reassign', dispatcher, 'reassigned'],
  ['declined', 'reassign', dispatcher, 'reassigned'],
  ['contacted', 'reassign', dispatcher, 'reassigned'],
  ['scheduled', 'reassign', dispatcher, 'reassigned'],
  ['returned_to_coordinator', 'reassign', dispatcher, 'reassigned'],
];

describe('the work order machine', () => {
  for (const [from, event, actor, to] of LEGAL) {
    it(`${from} --${event}-- by ${actor.kind} → ${to}`, () => {
      expect(M.move(from, { event, actor, reason: '客户要求改期' })).toEqual({ ok: true, to });
    });
  }

  it('answers 409 WORK_ORDER_WRONG_STATE from every other state', () => {
    const answers = movesFromOtherStates(M);
    expect(answers.length).toBeGreaterThan(20);
    expect(answers.filter((a) => a.result.ok || a.result.reason !== 'WORK_ORDER_WRONG_STATE')).toEqual([]);
  });

  it('a second accept or decline after the first is a 409: one of two users of a dealer wins', () => {
    const first = M.move('dispatched', { event: 'accept', actor: dealer });
    expect(first).toEqual({ ok: true, to: 'accepted' });
    expect(M.move('accepted', { event: 'decline', actor: dealer, reason: '人手不足' })).toMatchObject({ status: 409 });
    expect(M.move('accepted', { event: 'accept', actor: dealer })).toMatchObject({ status: 409 });
  });

  it('needs a reason to decline, reschedule and reassign', () => {
    for (const [from, event, actor] of [
      ['dispatched', 'decline', dealer],
      ['scheduled', 'reschedule', dealer],
      ['accepted', 'reassign', dispatcher],
    ] as const) {
      expect(M.move(from, { event, actor })).toEqual({ ok: false, status: 400, reason: 'REASON_REQUIRED' });
      expect(M.move(from, { event, actor, reason: '' })).toEqual({ ok: false, status: 400, reason: 'REASON_REQUIRED' });
    }
  });

  it('keeps dealers, the system and coordinators to their own moves', () => {
    expect(M.move('dispatched', { event: 'accept', actor: dispatcher })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
    expect(M.move('accepted', { event: 'return_to_coordinator', actor: dealer })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
    expect(M.move('accepted', { event: 'reassign', actor: dealer, reason: 'x' })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
    expect(M.move('accepted', { event: 'reassign', actor: followUpOnly, reason: 'x' })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
  });

  it('cannot reassign an order already on site or done', () => {
    for (const state of ['on_site', 'completed', 'reassigned'] as const) {
      expect(M.move(state, { event: 'reassign', actor: dispatcher, reason: 'x' })).toMatchObject({ status: 409 });
    }
  });

  it('walks a visit from dispatch to the receipt', () => {
    const plan = M.plan('dispatched', [
      { event: 'accept', actor: dealer },
      { event: 'contact', actor: dealer },
      { event: 'schedule', actor: dealer },
      { event: 'reschedule', actor: dealer, reason: '路上堵车' },
      { event: 'arrive', actor: dealer },
      { event: 'complete', actor: dealer },
    ]);
    expect(plan.ok && plan.status).toBe('completed');
  });

  it('counts declined, completed, returned and reassigned orders as closed for the dealer', () => {
    expect(WORK_ORDER_STATES.filter(isWorkOrderClosed)).toEqual(['declined', 'completed', 'returned_to_coordinator', 'reassigned']);
  });
});
