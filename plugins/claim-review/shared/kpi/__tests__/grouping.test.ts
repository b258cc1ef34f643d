import { byGroup, byGroupOfTwo, isoWeek } from '../grouping';
import { complaintsPer100, satisfactionRate } from '../service-kpis';
import { complaint, met, service } from './records';

describe('periods', () => {
  it('numbers ISO weeks, Monday to Sunday, across the year end', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: 2026 began on a Thursday, so it has 53 weeks
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // the Monday of the week holding 2025-01-02
    expect(isoWeek('2026-11-30')).toBe('2026-W49');
    expect(isoWeek('2026-12-06')).toBe('2026-W49'); // the Sunday of that week
  });
});

describe('figures by group', () => {
  const records = [
    service({ date: '2026-11-05', dealer: 'D1', satisfaction: 5 }),
    service({ date: '2026-11-20', dealer: 'D1', satisfaction: 3 }),
    service({ date: '2026-11-21', dealer: 'D2', satisfaction: 4 }),
    service({ date: '2026-12-01', dealer: 'D1', satisfaction: 4 }),
  ];

  it('splits by month and dealer, in key order', () => {
    const rows = byGroup(records, { period: 'month', dealer: true }, satisfactionRate);
    expect(rows.map((r) => [r.key.period, r.key.dealer, r.figure.numerator, r.figure.denominator])).toEqual([
      ['2026-11', 'D1', 1, 2], // 5 satisfied, 3 not
      ['2026-11', 'D2', 1, 1],
      ['2026-12', 'D1', 1, 1],
    ]);
  });

  it('adds the groups up to the whole: (1 + 1 + 1) / (2 + 1 + 1) = 3 / 4', () => {
    const rows = byGroup(records, { period: 'month', dealer: true }, satisfactionRate);
    const n = rows.reduce((s, r) => s + r.figure.numerator, 0);
    const d = rows.reduce((s, r) => s + r.figure.denominator, 0);
    expect([n, d]).toEqual([3, 4]);
    expect(satisfactionRate(records)).toMatchObject({ numerator: 3, denominator: 4 });
  });

  it('pairs complaints with services of the same group, and keeps a group that has only one of them', () => {
    const complaints = [complaint(met('complaint_minor'), { dealer: 'D2' }), complaint(met('complaint_minor'), { dealer: 'D3' })];
    const rows = byGroupOfTwo(complaints, records, { dealer: true }, complaintsPer100);
    // D1: 0 complaints / 3 services = 0; D2: 1 × 100 / 1 = 100; D3: 1 complaint, no services → no rate.
    expect(rows.map((r) => [r.key.dealer, r.figure.rate])).toEqual([
      ['D1', 0],
      ['D2', 100],
      ['D3', null],
    ]);
  });
});
