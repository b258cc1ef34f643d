import { businessDate, repairDays } from '../business-date';

describe('businessDate', () => {
  it('is the Shanghai calendar day of an instant, whatever the host zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(businessDate(new Date('2024-06-30T16:00:00Z'))).toBe('2024-07-01');
        expect(businessDate(new Date('2024-06-30T15:59:59Z'))).toBe('2024-06-30');
        expect(businessDate(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('takes another company zone', () => {
    expect(businessDate(new Date('2024-06-30T16:00:00Z'), 'UTC')).toBe('2024-06-30');
  });
});

describe('repairDays (each 24 h a day, a remainder a whole day)', () => {
  it.each([
    ['2024-01-01T08:00:00Z', '2024-01-02T08:00:00Z', 1],
    ['2024-01-01T08:00:00Z', '2024-01-02T08:00:01Z', 2],
    ['2024-01-01T08:00:00Z', '2024-01-01T09:00:00Z', 1],
    ['2024-01-01T08:00:00Z', '2024-01-06T07:00:00Z', 5],
    ['2024-01-01T08:00:00Z', '2024-01-01T08:00:00Z', 0],
    ['2024-01-02T08:00:00Z', '2024-01-01T08:00:00Z', 0],
  ])('%s → %s = %i', (a, b, n) => expect(repairDays(a, b)).toBe(n));
});
