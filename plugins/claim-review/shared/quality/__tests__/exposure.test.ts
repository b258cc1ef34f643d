import { coverageDays, inWarrantyDays } from '../exposure';
import { countsAsFailure } from '../settings';

describe('in-warranty exposure (item 21)', () => {
  it('counts the days in service inside the window, sale day included, as before when the period is unknown', () => {
    expect(inWarrantyDays('2024-12-01', '2025-01-01', '2025-06-30', null)).toBe(181);
    expect(inWarrantyDays('2025-04-01', '2025-01-01', '2025-06-30', null)).toBe(91);
    expect(inWarrantyDays('2025-06-30', '2025-01-01', '2025-06-30', null)).toBe(1);
    expect(inWarrantyDays('2025-07-15', '2025-01-01', '2025-06-30', null)).toBe(0);
    expect(inWarrantyDays(null, '2025-01-01', '2025-06-30', null)).toBe(0);
  });

  it('stops at the end of the warranty: a unit sold three years ago adds nothing', () => {
    const year = coverageDays(12);
    expect(year).toBe(365);
    // Sold 2024-03-01, 12 months cover to 2025-03-01: 2025-01-01 … 03-01 is 60 days, not 181.
    expect(inWarrantyDays('2024-03-01', '2025-01-01', '2025-06-30', year)).toBe(60);
    expect(inWarrantyDays('2022-01-01', '2025-01-01', '2025-06-30', year)).toBe(0);
    // Sold inside the window: covered the whole rest of it.
    expect(inWarrantyDays('2025-04-01', '2025-01-01', '2025-06-30', year)).toBe(91);
    // 10,000 units of which half are out of warranty: half the exposure.
    const units = [...Array(5000).fill('2022-01-01'), ...Array(5000).fill('2024-12-01')];
    const days = units.reduce((s, sale) => s + inWarrantyDays(sale, '2025-01-01', '2025-06-30', year), 0);
    expect(days).toBe(5000 * 181);
  });
});

describe('no fault found (item 22)', () => {
  it('a part inspected as no fault found is not a failure; any other result or none is', () => {
    expect(countsAsFailure('no_fault')).toBe(false);
    for (const r of ['confirmed', 'misuse', 'not_received', null, undefined]) expect(countsAsFailure(r)).toBe(true);
  });
});
