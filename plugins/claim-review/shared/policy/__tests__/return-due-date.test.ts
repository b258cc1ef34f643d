import { DEFAULT_RETURN_CUTOFFS, returnDueDate } from '../return-due-date';

describe('returnDueDate: the first cut-off on or after the approval date', () => {
  it.each([
    ['2024-06-29', '2024-06-30'],
    ['2024-06-30', '2024-06-30'],
    ['2024-07-01', '2024-12-31'],
    ['2024-12-30', '2024-12-31'],
    ['2024-12-31', '2024-12-31'],
    ['2025-01-01', '2025-06-30'],
    ['2024-01-01', '2024-06-30'],
  ])('approved %s → due %s', (approved, due) => {
    expect(returnDueDate(approved, DEFAULT_RETURN_CUTOFFS)).toBe(due);
  });

  it('uses the default cut-offs when none are given', () => {
    expect(returnDueDate('2024-07-01')).toBe('2024-12-31');
  });

  it('takes cut-offs in any order, and one a year', () => {
    expect(returnDueDate('2024-04-01', ['12-31', '03-31', '09-30'])).toBe('2024-09-30');
    expect(returnDueDate('2024-04-01', ['03-31'])).toBe('2025-03-31');
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
