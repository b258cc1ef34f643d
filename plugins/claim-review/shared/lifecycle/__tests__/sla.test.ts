import { slaOf } from '../sla';

describe('slaOf', () => {
  it('counts whole hours and the due instant', () => {
    expect(slaOf('2024-06-01T00:00:00.000Z', 48, '2024-06-02T23:59:00.000Z')).toEqual({
      ageHours: 47,
      dueAt: '2024-06-03T00:00:00.000Z',
      overdue: false,
    });
  });

  it('is overdue only after the due instant', () => {
    expect(slaOf('2024-06-01T00:00:00Z', 48, '2024-06-03T00:00:00Z').overdue).toBe(false);
    expect(slaOf('2024-06-01T00:00:00Z', 48, new Date('2024-06-03T00:00:01Z')).overdue).toBe(true);
  });

  it('reads zoned timestamps as instants', () => {
    expect(slaOf('2024-06-01T08:00:00+08:00', 2, '2024-06-01T03:00:00Z')).toEqual({
      ageHours: 3,
      dueAt: '2024-06-01T02:00:00.000Z',
      overdue: true,
    });
  });
});
