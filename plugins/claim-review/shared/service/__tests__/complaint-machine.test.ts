import { COMPLAINT_MACHINE as M, COMPLAINT_STATES, complaintOwnerProblem, isComplaintReadOnly, type ComplaintEvent, type ComplaintStatus } from '../complaint-machine';
import type { ServiceActor } from '../machine';
import { movesFromOtherStates } from './fixtures';

const desk: ServiceActor = { kind: 'coordinator', actions: ['service.complaint'] };
const followUpOnly: ServiceActor = { kind: 'coordinator', actions: ['service.follow-up'] };
const dealer: ServiceActor = { kind: 'dealer' };

const LEGAL: Array<[ComplaintStatus, ComplaintEvent, ComplaintStatus]> = [
  ['received', 'notify_departments', 'in_progress'],
  ['in_progress', 'notify_departments', 'in_progress'],
  ['in_progress', 'resolve', 'resolved'],
  ['resolved', 'confirm_satisfied', 'closed'],
  ['resolved', 'confirm_unsatisfied', 'in_progress'],
];

describe('the complaint machine (投诉)', () => {
  for (const [from, event, to] of LEGAL) {
    it(`${from} --${event}--> ${to}`, () => {
      expect(M.move(from, { event, actor: desk })).toEqual({ ok: true, to });
    });
  }

  it('runs a complaint from receipt to closing, through one unsatisfied confirmation', () => {
    const events: ComplaintEvent[] = ['notify_departments', 'resolve', 'confirm_unsatisfied', 'notify_departments', 'resolve', 'confirm_satisfied'];
    const plan = M.plan('received', events.map((event) => ({ event, actor: desk })));
    expect(plan).toMatchObject({ ok: true, status: 'closed' });
    if (plan.ok) expect(plan.moves.map((m) => m.to)).toEqual(['in_progress', 'resolved', 'in_progress', 'in_progress', 'resolved', 'closed']);
  });

  it('cannot be resolved before a department was told, nor closed before a resolution', () => {
    expect(M.move('received', { event: 'resolve', actor: desk })).toEqual({ ok: false, status: 409, reason: 'COMPLAINT_WRONG_STATE' });
    expect(M.move('in_progress', { event: 'confirm_satisfied', actor: desk })).toEqual({ ok: false, status: 409, reason: 'COMPLAINT_WRONG_STATE' });
  });

  it('is read-only once closed: every event is refused, and only closed is read-only', () => {
    const events: ComplaintEvent[] = ['notify_departments', 'resolve', 'confirm_satisfied', 'confirm_unsatisfied'];
    expect(M.allowedEvents('closed', desk)).toEqual([]);
    for (const event of events) expect(M.move('closed', { event, actor: desk })).toMatchObject({ ok: false, status: 409 });
    expect(COMPLAINT_STATES.filter(isComplaintReadOnly)).toEqual(['closed']);
  });

  it('answers 409 for every move from a state it does not start from', () => {
    const wrong = movesFromOtherStates(M);
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter((w) => w.result.ok || w.result.status !== 409)).toEqual([]);
  });

  it('is moved only by staff holding the complaint action: a dealer or a follow-up-only coordinator gets 403', () => {
    expect(M.move('received', { event: 'notify_departments', actor: dealer })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
    expect(M.move('received', { event: 'notify_departments', actor: followUpOnly })).toEqual({ ok: false, status: 403, reason: 'WRONG_ACTOR' });
  });

  it('lets only the receiver act on it (首问负责制), whatever the id’s type', () => {
    expect(complaintOwnerProblem(7, 7)).toBeNull();
    expect(complaintOwnerProblem(7, '7')).toBeNull();
    expect(complaintOwnerProblem(7, 8)).toBe('NOT_COMPLAINT_OWNER');
  });
});
