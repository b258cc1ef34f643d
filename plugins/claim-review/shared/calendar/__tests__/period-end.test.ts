import { periodEnd } from '../period-end';
import { CHINA_2024 } from './china-2024';

describe('periodEnd: Civil Code art. 203 on the 2024 official calendar', () => {
  it.each([
    // National Day: 1–7 October off, the next working day is Tuesday 8 October.
    ['2024-10-01', '2024-10-08'],
    ['2024-10-07', '2024-10-08'],
    // An ordinary Saturday and Sunday end on Monday.
    ['2024-03-23', '2024-03-25'],
    ['2024-03-24', '2024-03-25'],
    // A make-up working Sunday (调休上班) is a working day: the period ends on it.
    ['2024-09-29', '2024-09-29'],
    ['2024-10-12', '2024-10-12'],
    // Mid-Autumn: Saturday 14 September is worked, 15–17 off.
    ['2024-09-14', '2024-09-14'],
    ['2024-09-15', '2024-09-18'],
    // Spring Festival: 10–17 February off, Sunday 18 February worked.
    ['2024-02-10', '2024-02-18'],
    // Qingming: 4–6 April off, Sunday 7 April worked.
    ['2024-04-04', '2024-04-07'],
    // Labour Day: 1–5 May off; Monday 6 May.
    ['2024-05-03', '2024-05-06'],
    // Dragon Boat: Saturday 8 to Monday 10 June.
    ['2024-06-08', '2024-06-11'],
    // An ordinary working day stays.
    ['2024-10-08', '2024-10-08'],
  ])('a period ending on %s ends on %s', (last, end) => {
    expect(periodEnd(last, CHINA_2024)).toBe(end);
  });

  it('keeps the art. 201 day when no calendar is known', () => {
    expect(periodEnd('2024-10-01')).toBe('2024-10-01');
    expect(periodEnd('2024-10-01', null)).toBe('2024-10-01');
  });
});
