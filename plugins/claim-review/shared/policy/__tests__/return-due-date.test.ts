import { DEFAULT_RETURN_CUTOFFS, DEFAULT_RETURN_MIN_DAYS, returnDueDate } from '../return-due-date';

describe('returnDueDate: the first cut-off at least returnMinDays after approval', () => {
  it('defaults to 15 days of shipping time', () => {
    expect(DEFAULT_RETURN_MIN_DAYS).toBe(15);
  });

  it.each([
    // 29 June + 15 = 14 July: 30 June would leave the dealer one day, so 31 December.
    ['2024-06-29', '2024-12-31'],
    ['2024-06-30', '2024-12-31'],
    // 15 June + 15 = 30 June, the cut-off itself: exactly fifteen days is enough.
    ['2024-06-15', '2024-06-30'],
    ['2024-06-16', '2024-12-31'],
    ['2024-07-01', '2024-12-31'],
    ['2024-12-16', '2024-12-31'],
    // 17 December + 15 = 1 January: the June cut-off of the next year.
    ['2024-12-17', '2025-06-30'],
    ['2024-12-31', '2025-06-30'],
    ['2025-01-01', '2025-06-30'],
    ['2024-01-01', '2024-06-30'],
  ])('approved %s → due %s', (approved, due) => {
    expect(returnDueDate(approved, DEFAULT_RETURN_CUTOFFS)).toBe(due);
  });

  it('follows the policy\'s returnMinDays, null meaning the default', () => {
    expect(returnDueDate('2024-06-29', DEFAULT_RETURN_CUTOFFS, 0)).toBe('2024-06-30');
    expect(returnDueDate('2024-06-30', DEFAULT_RETURN_CUTOFFS, 0)).toBe('2024-06-30');
    expect(returnDueDate('2024-06-01', DEFAULT_RETURN_CUTOFFS, 30)).toBe('2024-12-31');
    expect(returnDueDate('2024-05-31', DEFAULT_RETURN_CUTOFFS, 30)).toBe('2024-06-30');
    expect(returnDueDate('2024-06-29', DEFAULT_RETURN_CUTOFFS, null)).toBe('2024-12-31');
  });

  it('uses the default cut-offs when none are given', () => {
    expect(returnDueDate('2024-07-01')).toBe('2024-12-31');
  });

  it('takes cut-offs in any order, and one a year', () => {
    expect(returnDueDate('2024-04-01', ['12-31', '03-31', '09-30'])).toBe('2024-09-30');
    expect(returnDueDate('2024-03-20', ['03-31'])).toBe('2025-03-31');
    expect(returnDueDate('2024-03-16', ['03-31'])).toBe('2024-03-31');
  });

  it('puts 02-29 on the last day of February in a common year', () => {
    expect(returnDueDate('2025-01-10', ['02-29'])).toBe('2025-02-28');
    expect(returnDueDate('2024-01-10', ['02-29'])).toBe('2024-02-29');
  });

  it('is null without a usable cut-off', () => {
    expect(returnDueDate('2024-01-01', [])).toBeNull();
    expect(returnDueDate('2024-01-01', null)).toBeNull();
    expect(returnDueDate('2024-01-01', ['13-01', 'June'])).toBeNull();
  });
});
