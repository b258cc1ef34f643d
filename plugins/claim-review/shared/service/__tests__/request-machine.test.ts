import { SERVICE_REQUEST_MACHINE as M, type ServiceRequestEvent, type ServiceRequestStatus } from '../request-machine';
import type { ServiceActor } from '../machine';
import { movesFromOtherStates } from './fixtures';

const desk: ServiceActor = { kind: 'coordinator', actions: ['service.intake', 'service.dispatch', 'service.follow-up'] };
const intakeOnly: ServiceActor = { kind: 'coordinator', actions: ['service.intake'] };
const dealer: ServiceActor = { kind: 'dealer' };
const system: ServiceActor = { kind: 'system' };

/** Every legal move of the request: from, event, who, to. */
const LEGAL: Array<[ServiceRequestStatus, ServiceRequestEvent, ServiceActor, ServiceRequestStatus, string?]> = [
  ['received', 'give_guidance', desk, 'guidance'],
  ['received', 'dispatch', desk, 'dispatched'],
  ['received', 'close_not_product', desk, 'closed', '咨询价格，不是产品问题'],
  ['reopened', 'give_guidance', desk, 'guidance'],
  ['reopened', 'dispatch', desk, 'dispatched'],
  ['reopened', 'close_not_product', desk, 'closed', 'customer withdrew'],
  ['dispatched', 'start_service', system, 'in_service'],
  ['in_service', 'complete', system, 'completed'],
  ['guidance', 'follow_up_satisfied', desk, 'followed_up'],
  ['completed', 'follow_up_satisfied', desk, 'followed_up'],
  ['guidance', 'reopen', desk, 'reopened'],
  ['completed', 'reopen', desk, 'reopened'],
  ['followed_up', 'close', desk, 'closed'],
];

describe('the service request machine', () => {
  for (const [from, event, actor, to, reason] of LEGAL) {
    it(`${from} --${event}-- by ${actor.kind} → ${to}`, () => {
      expect(M.move(from, { event, actor, reason })).toEqual({ ok: true, to });
    });
  }

  it('refuses every other state for each event with the 409 reason REQUEST_WRONG_STATE', () => {
    const answers = movesFromOtherStates(M);
    expect(answers.length).toBeGreaterThan(20);
    expect(answers.filter((a) => a.result.ok || a.result.reason !== 'REQUEST_WRONG_STATE')).toEqual([]);
  });

  it('lets only the actor of a move make it: a dealer cannot dispatch, a coordinator cannot complete', () => {
    expect(M.move('received', { event: 'dispatch', actor: dealer })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
    expect(M.move('in_service', { event: 'complete', actor: desk })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
  });

  it('asks each coordinator for the RBAC action of the move', () => {
    expect(M.move('received', { event: 'give_guidance', actor: intakeOnly })).toEqual({ ok: true, to: 'guidance' });
    expect(M.move('received', { event: 'dispatch', actor: intakeOnly })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
    expect(M.move('completed', { event: 'reopen', actor: intakeOnly })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
    expect(M.move('received', { event: 'dispatch', actor: { kind: 'coordinator', actions: [] } })).toMatchObject({ status: 403 });
  });

  it('closes a request as not a product matter only with a reason', () => {
    expect(M.move('received', { event: 'close_not_product', actor: desk })).toEqual({ ok: false, status: 400, reason: 'REASON_REQUIRED' });
    expect(M.move('received', { event: 'close_not_product', actor: desk, reason: '   ' })).toEqual({ ok: false, status: 400, reason: 'REASON_REQUIRED' });
  });

  it('plans a whole call, reopened once, until the customer is satisfied', () => {
    const plan = M.plan('received', [
      { event: 'dispatch', actor: desk },
      { event: 'start_service', actor: system },
      { event: 'complete', actor: system },
      { event: 'reopen', actor: desk },
      { event: 'dispatch', actor: desk },
      { event: 'start_service', actor: system },
      { event: 'complete', actor: system },
      { event: 'follow_up_satisfied', actor: desk },
      { event: 'close', actor: desk },
    ]);
    expect(plan.ok && plan.status).toBe('closed');
    expect(plan.ok && plan.moves.map((m) => `${m.from}>${m.to}`)).toEqual([
      'received>dispatched',
      'dispatched>in_service',
      'in_service>completed',
      'completed>reopened',
      'reopened>dispatched',
      'dispatched>in_service',
      'in_service>completed',
      'completed>followed_up',
      'followed_up>closed',
    ]);
  });

  it('stops a plan at its first illegal move and names it', () => {
    const plan = M.plan('received', [
      { event: 'give_guidance', actor: desk },
      { event: 'close', actor: desk },
    ]);
    expect(plan).toEqual({ ok: false, status: 409, reason: 'REQUEST_WRONG_STATE', index: 1, event: 'close' });
  });

  it('a closed request takes no move at all', () => {
    for (const actor of [desk, dealer, system]) expect(M.allowedEvents('closed', actor)).toEqual([]);
    expect(M.allowedEvents('received', desk)).toEqual(['give_guidance', 'dispatch', 'close_not_product']);
  });
});
