import { slaOf, timerOf } from '../sla';
import type { WorkingCalendar } from '../../calendar/working-hours';

/** Round the clock, every day: the timer then counts plain hours. */
const ALWAYS: WorkingCalendar = { timeZone: 'UTC', periods: [['00:00', '23:59']], weekdays: [1, 2, 3, 4, 5, 6, 7], holidays: [], workdays: [] };

describe('slaOf on the office calendar (08:30–12:00, 13:00–17:30 Shanghai, Monday–Friday)', () => {
  it('gives a claim filed on Monday morning 48 working hours: due the next Monday at 08:30', () => {
    // 2026-11-23 is a Monday. 8 h a day: Mon–Fri is 40 h, Monday next week 08:30 + 8 h = 17:30.
    const sla = slaOf('2026-11-23T00:30:00Z', 48, '2026-11-23T04:00:00Z');
    expect(sla.dueAt).toBe('2026-11-30T09:30:00.000Z'); // Monday 30 Nov 17:30 in Shanghai
    expect(sla.ageHours).toBe(3); // 08:30–12:00 is 3.5 h
    expect(sla.overdue).toBe(false);
  });

  it('does not run over the weekend: filed Friday 17:00, 2 h due Monday 10:00', () => {
    const sla = slaOf('2026-11-27T09:00:00Z', 2, '2026-11-29T12:00:00Z'); // Fri 17:00 → Sun 20:00
    expect(sla.dueAt).toBe('2026-11-30T02:00:00.000Z'); // half an hour on Friday, 1.5 h on Monday
    expect(sla.ageHours).toBe(0);
    expect(sla.overdue).toBe(false);
  });

  it('is overdue only after the due instant', () => {
    expect(slaOf('2026-11-23T00:30:00Z', 8, '2026-11-23T09:30:00Z').overdue).toBe(false);
    expect(slaOf('2026-11-23T00:30:00Z', 8, new Date('2026-11-23T09:30:01Z')).overdue).toBe(true);
  });
});

describe('slaOf round the clock', () => {
  it('counts whole hours and the due instant', () => {
    expect(slaOf('2024-06-01T00:00:00.000Z', 48, '2024-06-02T23:59:00.000Z', ALWAYS).ageHours).toBe(47);
  });

  it('reads zoned timestamps as instants', () => {
    const sla = slaOf('2024-06-01T08:00:00+08:00', 2, '2024-06-01T03:00:00Z', ALWAYS);
    expect(sla).toEqual({ ageHours: 3, dueAt: '2024-06-01T02:00:00.000Z', overdue: true });
  });
});

describe('timerOf', () => {
  it('keeps the due instant stored when the clock started', () => {
    expect(timerOf('2026-11-23T00:30:00Z', '2026-11-24T00:00:00Z', '2026-11-24T00:00:01Z')).toEqual({
      ageHours: 8,
      dueAt: '2026-11-24T00:00:00.000Z',
      overdue: true,
    });
  });
});
