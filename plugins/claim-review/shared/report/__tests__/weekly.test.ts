import { kpiFiguresOfTally, emptyTally, kpiFigure } from '../../kpi';
import { buildWeeklyReport, weekBefore, weekOf, weeklyCsvRows } from '..';

describe('weekBefore', () => {
  it('is the Monday–Sunday week before the given date, whatever its weekday', () => {
    expect(weekBefore('2026-11-30')).toEqual({ key: '2026-W48', from: '2026-11-23', to: '2026-11-29' }); // a Monday
    expect(weekBefore('2026-12-06')).toEqual({ key: '2026-W48', from: '2026-11-23', to: '2026-11-29' }); // a Sunday
    expect(weekBefore('2026-01-05')).toEqual({ key: '2026-W01', from: '2025-12-29', to: '2026-01-04' }); // across the year
  });
  it('reads a week key and refuses what is not one', () => {
    expect(weekOf('2026-W48')).toEqual({ key: '2026-W48', from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-W60')).toBeNull();
    expect(weekOf('2026-48')).toBeNull();
  });
});

describe('buildWeeklyReport', () => {
  const week = weekOf('2026-W48')!;
  const met = kpiFigure('follow_up_rate', { numerator: 2, denominator: 2 });
  const missed = kpiFigure('satisfaction_rate', { numerator: 1, denominator: 2 });
  const report = buildWeeklyReport({
    week,
    kpiTotals: kpiFiguresOfTally(emptyTally()),
    kpiByDealer: [
      { key: 'D-EAST', figures: [met, missed] },
      { key: 'D-WEST', figures: [met, kpiFigure('on_time_check', { numerator: 0, denominator: 0 })] },
      { key: null, figures: [missed] },
    ],
    followUps: [
      { reached: true, satisfaction: 5 },
      { reached: true, satisfaction: 2 },
      { reached: true, satisfaction: 5 },
      { reached: false, satisfaction: null },
    ],
    complaints: [
      { channel: 'phone', severity: 'major', subjectKind: 'dealer' },
      { channel: 'phone', severity: 'minor', subjectKind: 'product' },
      { channel: 'letter', severity: 'minor', subjectKind: 'dealer' },
    ],
    breaches: [{ timer: 'on_site' }, { timer: 'arrange' }, { timer: 'on_site' }],
  });

  it('counts follow-ups, complaints by category and breaches by timer', () => {
    expect(report.followUps).toEqual({ total: 4, reached: 3, notReached: 1, bySatisfaction: [{ key: '2', count: 1 }, { key: '5', count: 2 }] });
    expect(report.complaints.byChannel).toEqual([{ key: 'letter', count: 1 }, { key: 'phone', count: 2 }]);
    expect(report.complaints.bySeverity).toEqual([{ key: 'major', count: 1 }, { key: 'minor', count: 2 }]);
    expect(report.complaints.bySubjectKind).toEqual([{ key: 'dealer', count: 2 }, { key: 'product', count: 1 }]);
    expect(report.breaches).toEqual({ total: 3, byTimer: [{ key: 'arrange', count: 1 }, { key: 'on_site', count: 2 }] });
  });

  it('lists a dealer below target with its failing KPIs only; no figure is not a miss', () => {
    expect(report.dealersBelowTarget).toEqual([{ dealer: 'D-EAST', failing: [{ kpi: 'satisfaction_rate', numerator: 1, denominator: 2, rate: 0.5 }] }]);
  });

  it('writes one CSV row per figure, the failing dealer KPI among them', () => {
    const rows = weeklyCsvRows(report);
    expect(rows).toContainEqual(['2026-W48', 'complaint_channel', 'phone', null, 2, null, null, null]);
    expect(rows).toContainEqual(['2026-W48', 'dealer_below_target', 'satisfaction_rate', 'D-EAST', null, 1, 2, 'false']);
    expect(rows.every((r) => r[0] === '2026-W48' && r.length === 8)).toBe(true);
  });
});
