import {
  addDaysIso,
  addMonthsIso,
  daysBetween,
  isIsoDate,
  monthOf,
  workingDaysBetween,
} from '../date-only';

/** Node re-reads TZ on assignment, so one run covers zones east, west and with midnight DST. */
const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/Sao_Paulo',
  'America/New_York',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Tehran',
];

function inEveryZone(fn: () => void): void {
  const saved = process.env.TZ;
  try {
    for (const tz of ZONES) {
      process.env.TZ = tz;
      fn();
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2000-02-29', true],
    ['1999-12-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-1-01', false],
    ['24-01-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it('rejects non-strings', () => {
    expect(isIsoDate(20240101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });
});

describe('addMonthsIso (Civil Code art. 201: same day or the month’s last day)', () => {
  const cases: [string, number, string][] = [
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-05-15', 12, '2025-05-15'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-01-01', 0, '2024-01-01'],
    ['2024-03-31', -1, '2024-02-29'],
  ];
  it.each(cases)('%s + %i months = %s in every zone', (start, n, end) => {
    inEveryZone(() => expect(addMonthsIso(start, n)).toBe(end));
  });
});

describe('addDaysIso', () => {
  const cases: [string, number, string][] = [
    ['2024-01-01', 20, '2024-01-21'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-02-10', 20, '2024-03-01'],
    ['2024-03-09', 1, '2024-03-10'],
    ['2024-11-02', 2, '2024-11-04'],
    ['2024-10-19', 30, '2024-11-18'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
  ];
  it.each(cases)('%s + %i days = %s in every zone', (start, n, end) => {
    inEveryZone(() => expect(addDaysIso(start, n)).toBe(end));
  });

  it('walks a whole leap year day by day without drift in every zone', () => {
    inEveryZone(() => {
      let d = '2023-12-31';
      for (let i = 0; i < 366; i++) d = addDaysIso(d, 1);
      expect(d).toBe('2024-12-31');
    });
  });

  it('refuses a non-date', () => {
    expect(() => addDaysIso('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('daysBetween / workingDaysBetween / monthOf', () => {
  it('counts calendar days across DST changes in every zone', () => {
    inEveryZone(() => {
      expect(daysBetween('2024-03-01', '2024-04-01')).toBe(31);
      expect(daysBetween('2024-10-01', '2024-11-30')).toBe(60);
      expect(daysBetween('2024-01-10', '2024-01-01')).toBe(-9);
      expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    });
  });

  it('counts Monday–Friday after the start up to the end', () => {
    // 2024-06-03 is a Monday.
    expect(workingDaysBetween('2024-06-03', '2024-06-07')).toBe(4);
    expect(workingDaysBetween('2024-06-03', '2024-06-10')).toBe(5);
    expect(workingDaysBetween('2024-06-03', '2024-06-03')).toBe(0);
  });

  it('gives the month 1–12', () => {
    expect(monthOf('2024-05-31')).toBe(5);
    expect(monthOf('2024-12-01')).toBe(12);
  });
});
