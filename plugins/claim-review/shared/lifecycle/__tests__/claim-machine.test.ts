import type { Actor, ClaimEventName, ClaimStatus } from '../../contracts';
import {
  CLAIM_STATES,
  CLAIM_TRANSITIONS,
  allowedEvents,
  dealerMayDelete,
  dealerMayEdit,
  decisionEvent,
  isFinal,
  transition,
} from '../claim-machine';

const LEGAL: [ClaimStatus, ClaimEventName, Actor, ClaimStatus][] = [
  ['draft', 'submit', 'dealer', 'submitted'],
  ['submitted', 'accept_precheck', 'system', 'in_review'],
  ['in_review', 'request_info', 'reviewer', 'info_requested'],
  ['info_requested', 'answer', 'dealer', 'in_review'],
  ['in_review', 'reject', 'reviewer', 'rejected'],
  ['in_review', 'approve', 'reviewer', 'approved'],
  ['in_review', 'approve_partially', 'reviewer', 'partially_approved'],
  ['approved', 'await_parts', 'system', 'awaiting_parts'],
  ['partially_approved', 'await_parts', 'system', 'awaiting_parts'],
  ['approved', 'nothing_to_return', 'system', 'ready_to_settle'],
  ['partially_approved', 'nothing_to_return', 'system', 'ready_to_settle'],
  ['awaiting_parts', 'parts_inspected', 'system', 'ready_to_settle'],
  ['awaiting_parts', 'return_forfeited', 'system', 'ready_to_settle'],
  ['ready_to_settle', 'settle', 'finance', 'settled'],
  ['approved', 'spot_check_failed', 'reviewer', 'in_review'],
  ['ready_to_settle', 'spot_check_failed', 'reviewer', 'in_review'],
];

describe('claim lifecycle table', () => {
  it.each(LEGAL)('%s --%s (%s)--> %s', (from, event, actor, to) => {
    expect(transition(from, event, actor)).toEqual({ ok: true, to });
  });

  it('has exactly these legal transitions', () => {
    const all: string[] = [];
    for (const state of CLAIM_STATES)
      for (const rule of CLAIM_TRANSITIONS)
        for (const actor of ['dealer', 'reviewer', 'system', 'finance'] as Actor[]) {
          const r = transition(state, rule.event, actor);
          if (r.ok) all.push(`${state} ${rule.event} ${actor} ${r.to}`);
        }
    expect(all.sort()).toEqual(LEGAL.map((l) => l.join(' ')).sort());
  });

  it.each([
    ['submitted', 'submit', 'dealer'],
    ['in_review', 'submit', 'dealer'],
    ['draft', 'answer', 'dealer'],
    ['in_review', 'answer', 'dealer'],
    ['draft', 'approve', 'reviewer'],
    ['info_requested', 'approve', 'reviewer'],
    ['approved', 'approve', 'reviewer'],
    ['rejected', 'approve', 'reviewer'],
    ['settled', 'reject', 'reviewer'],
    ['awaiting_parts', 'settle', 'finance'],
    ['settled', 'settle', 'finance'],
    ['in_review', 'parts_inspected', 'system'],
    ['draft', 'accept_precheck', 'system'],
  ] as [ClaimStatus, ClaimEventName, Actor][])('%s --%s (%s)--> CONFLICT', (from, event, actor) => {
    expect(transition(from, event, actor)).toEqual({ ok: false, code: 'CONFLICT', reason: 'WRONG_STATE' });
  });

  it.each([
    ['in_review', 'approve', 'dealer'],
    ['in_review', 'approve', 'finance'],
    ['draft', 'submit', 'reviewer'],
    ['info_requested', 'answer', 'reviewer'],
    ['ready_to_settle', 'settle', 'reviewer'],
    ['ready_to_settle', 'settle', 'dealer'],
    ['submitted', 'accept_precheck', 'dealer'],
    ['awaiting_parts', 'parts_inspected', 'reviewer'],
    ['settled', 'approve', 'dealer'],
  ] as [ClaimStatus, ClaimEventName, Actor][])('%s --%s (%s)--> FORBIDDEN', (from, event, actor) => {
    expect(transition(from, event, actor)).toEqual({ ok: false, code: 'FORBIDDEN', reason: 'WRONG_ACTOR' });
  });

  it('answers CONFLICT for an event it does not know', () => {
    expect(transition('draft', 'explode' as ClaimEventName, 'dealer')).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

describe('allowedEvents', () => {
  it.each([
    ['draft', 'dealer', ['submit']],
    ['draft', 'reviewer', []],
    ['in_review', 'reviewer', ['request_info', 'reject', 'approve', 'approve_partially']],
    ['in_review', 'dealer', []],
    ['info_requested', 'dealer', ['answer']],
    ['approved', 'system', ['await_parts', 'nothing_to_return']],
    ['ready_to_settle', 'finance', ['settle']],
    ['settled', 'finance', []],
    ['ready_to_settle', 'reviewer', ['spot_check_failed']],
    ['settled', 'reviewer', []],
    ['rejected', 'reviewer', []],
  ] as [ClaimStatus, Actor, ClaimEventName[]][])('%s for %s', (state, actor, events) => {
    expect(allowedEvents(state, actor)).toEqual(events);
  });
});

describe('dealer rights and decisions', () => {
  it.each(CLAIM_STATES.map((s) => [s]))('%s', (state) => {
    expect(dealerMayEdit(state)).toBe(state === 'draft' || state === 'info_requested');
    expect(dealerMayDelete(state)).toBe(state === 'draft');
    expect(isFinal(state)).toBe(state === 'rejected' || state === 'settled');
  });

  it('maps a decision body to its event', () => {
    expect(decisionEvent('approve')).toBe('approve');
    expect(decisionEvent('partial')).toBe('approve_partially');
    expect(decisionEvent('reject')).toBe('reject');
    expect(decisionEvent('request_info')).toBe('request_info');
  });
});
