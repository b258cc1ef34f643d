import { DEFAULT_WORKING_CALENDAR } from '../../calendar/working-hours';
import { followUpTimer, needsCheck, workOrderTimers } from '../service-timers';

const CAL = DEFAULT_WORKING_CALENDAR;
// Dispatched Monday 2026-11-30 09:00 Shanghai: arrange due 11:00, check due 14:00 (lunch skipped), on site 12:00.
const DISPATCHED = '2026-11-30T01:00:00Z';

describe('workOrderTimers', () => {
  it('times a fresh order: arrange, check and on site running', () => {
    const timers = workOrderTimers({ dispatchedAt: DISPATCHED }, '2026-11-30T01:30:00Z', CAL);
    expect(timers.map((t) => [t.name, t.dueAt, t.state])).toEqual([
      ['arrange', '2026-11-30T03:00:00.000Z', 'running'],
      ['check', '2026-11-30T06:00:00.000Z', 'running'],
      ['on_site', '2026-11-30T04:00:00.000Z', 'running'],
    ]);
    expect(needsCheck(timers)).toBe(false);
  });

  it('puts an order nobody answered on the check list at 4 office hours', () => {
    const timers = workOrderTimers({ dispatchedAt: DISPATCHED }, '2026-11-30T06:01:00Z', CAL);
    expect(needsCheck(timers)).toBe(true);
  });

  it('stops arrange and check at the accept: a late accept breaches arrange but keeps the order off the check list', () => {
    const timers = workOrderTimers({ dispatchedAt: DISPATCHED, acceptedAt: '2026-11-30T05:00:00Z' }, '2026-11-30T07:00:00Z', CAL);
    expect(timers.map((t) => `${t.name}:${t.state}`)).toEqual(['arrange:breached', 'check:met', 'on_site:breached']);
    expect(needsCheck(timers)).toBe(false);
  });

  it('moves on site to the agreed appointment and stops it at arrival', () => {
    const wo = { dispatchedAt: DISPATCHED, acceptedAt: '2026-11-30T01:20:00Z', appointmentAt: '2026-12-01T02:00:00Z' };
    const before = workOrderTimers(wo, '2026-11-30T09:00:00Z', CAL)[2];
    expect(before).toMatchObject({ dueAt: '2026-12-01T02:00:00.000Z', state: 'running' });
    expect(workOrderTimers({ ...wo, arrivedAt: '2026-12-01T01:55:00Z' }, '2026-12-02T00:00:00Z', CAL)[2].state).toBe('met');
  });

  it('a decline answers the order (arrange met) and cancels the visit clock', () => {
    const timers = workOrderTimers({ dispatchedAt: DISPATCHED, declinedAt: '2026-11-30T01:40:00Z' }, '2026-11-30T08:00:00Z', CAL);
    expect(timers.map((t) => `${t.name}:${t.state}`)).toEqual(['arrange:met', 'check:met', 'on_site:cancelled']);
  });

  it('a reassigned order cancels its clocks: the new order starts its own', () => {
    const timers = workOrderTimers({ dispatchedAt: DISPATCHED, endedAt: '2026-11-30T02:00:00Z' }, '2026-11-30T08:00:00Z', CAL);
    expect(timers.map((t) => `${t.name}:${t.state}`)).toEqual(['arrange:cancelled', 'check:cancelled', 'on_site:cancelled']);
    expect(needsCheck(timers)).toBe(false);
  });
});

describe('followUpTimer', () => {
  it('is due 24 h after completion, 3 h after guidance, and none before either', () => {
    expect(followUpTimer({}, '2026-11-30T00:00:00Z', CAL)).toBeNull();
    expect(followUpTimer({ guidanceAt: '2026-11-30T01:00:00Z' }, '2026-11-30T02:00:00Z', CAL)).toMatchObject({
      name: 'guidance_follow_up',
      dueAt: '2026-11-30T04:00:00.000Z',
      state: 'running',
    });
    expect(followUpTimer({ completedAt: '2026-11-30T01:00:00Z', followedUpAt: '2026-11-30T20:00:00Z' }, '2026-12-03T00:00:00Z', CAL)).toMatchObject({
      name: 'follow_up',
      dueAt: '2026-12-01T01:00:00.000Z',
      state: 'met',
    });
  });
});
