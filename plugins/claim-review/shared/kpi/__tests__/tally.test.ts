import { kpiFigures, periodDates } from '../answer';
import { countsOf, complaintTally, emptyTally, serviceTally, tallyDifference, addTally, KPI_TALLY_FIELDS } from '../tally';
import { complaint, met, overdue, running, service, lateStopped } from './records';

const undecided = { fixed: null, repeat: null };

describe('a record\'s tally', () => {
  it('holds each KPI\'s counts of one service, and one service for complaints per 100', () => {
    const r = service({
      satisfaction: 3,
      parts: [{ correct: true }, { correct: false }, { correct: true }],
      timers: [met('arrange'), lateStopped('check'), running('on_site'), met('follow_up')],
    });
    const t = serviceTally(r, { fixed: false, repeat: 'SR-X' });
    expect(t.services).toBe(1);
    expect(t.complaints).toBe(0);
    expect(countsOf(t, 'satisfaction_rate')).toEqual({ numerator: 0, denominator: 1 });
    expect(countsOf(t, 'parts_correct_rate')).toEqual({ numerator: 2, denominator: 3 });
    expect(countsOf(t, 'on_time_arrange')).toEqual({ numerator: 1, denominator: 1 });
    expect(countsOf(t, 'on_time_check')).toEqual({ numerator: 0, denominator: 1 });
    expect(countsOf(t, 'on_time_on_site')).toEqual({ numerator: 0, denominator: 0 });
    expect(countsOf(t, 'follow_up_rate')).toEqual({ numerator: 1, denominator: 1 });
    expect(countsOf(t, 'first_time_fix_rate')).toEqual({ numerator: 0, denominator: 1 });
    expect(countsOf(t, 'complaints_per_100')).toEqual({ numerator: 0, denominator: 1 });
  });

  it('counts a complaint once, and its resolution only once decided', () => {
    expect(countsOf(complaintTally(complaint(overdue('complaint_major'))), 'complaint_resolved_on_time')).toEqual({ numerator: 0, denominator: 1 });
    const open = complaintTally(complaint(running('complaint_minor')));
    expect(countsOf(open, 'complaint_resolved_on_time')).toEqual({ numerator: 0, denominator: 0 });
    expect(countsOf(open, 'complaints_per_100')).toEqual({ numerator: 1, denominator: 0 });
  });

  it('moves by the difference: old plus (new − old) is new', () => {
    const before = serviceTally(service({ satisfaction: 5 }), undecided);
    const after = serviceTally(service({ satisfaction: 2, parts: [{ correct: true }] }), { fixed: true, repeat: null });
    const day = addTally(emptyTally(), before);
    addTally(day, tallyDifference(after, before));
    for (const f of KPI_TALLY_FIELDS) expect(day[f]).toBe(after[f]);
    // Gone: the difference takes everything out.
    addTally(day, tallyDifference(null, after));
    expect(KPI_TALLY_FIELDS.every((f) => day[f] === 0)).toBe(true);
  });
});

describe('the page\'s figures', () => {
  it('sums tallies into totals, periods and groups, records without a value last', () => {
    const row = (date: string, dealer: string | null, satisfaction: number) => ({ ...service({ date, dealer }), tally: serviceTally(service({ satisfaction }), undecided) });
    const answer = kpiFigures([row('2026-11-02', 'D2', 5), row('2026-11-30', 'D1', 2), row('2026-12-01', null, 4), row('2026-12-02', 'D1', 4)], 'month', 'dealer');
    const sat = (figures: Array<{ kpi: string; numerator: number; denominator: number }>) => {
      const f = figures.find((x) => x.kpi === 'satisfaction_rate')!;
      return [f.numerator, f.denominator];
    };
    // 5, 4, 4 are 满意 or better; 2 is not.
    expect(sat(answer.totals)).toEqual([3, 4]);
    expect(answer.periods.map((p) => [p.key, sat(p.figures)])).toEqual([
      ['2026-11', [1, 2]],
      ['2026-12', [2, 2]],
    ]);
    expect(answer.groups.map((g) => [g.key, sat(g.figures)])).toEqual([
      ['D1', [1, 2]],
      ['D2', [1, 1]],
      [null, [1, 1]],
    ]);
  });

  it('knows the dates of a period key', () => {
    expect(periodDates('2026-02', 'month')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodDates('2024-02', 'month')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    // 2026-W01 runs from Monday 29 December 2025 (the week of 1 January 2026, a Thursday).
    expect(periodDates('2026-W01', 'week')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(periodDates('2026-W53', 'week')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(periodDates('2025-W53', 'week')).toBeNull();
    expect(periodDates('2026-11-02', 'day')).toEqual({ from: '2026-11-02', to: '2026-11-02' });
    expect(periodDates('2026-13', 'month')).toBeNull();
  });
});
