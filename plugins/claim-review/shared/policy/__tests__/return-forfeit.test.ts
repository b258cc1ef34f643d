import { DEFAULT_RETURN_GRACE_DAYS, isReturnForfeited, returnGraceUntil } from '../return-forfeit';

describe('the grace period after a missed cut-off', () => {
  it('defaults to 30 days after the cut-off', () => {
    expect(DEFAULT_RETURN_GRACE_DAYS).toBe(30);
    expect(returnGraceUntil('2024-12-31', null)).toBe('2025-01-30');
    expect(returnGraceUntil('2024-06-30', undefined)).toBe('2024-07-30');
  });

  it.each([
    // Due 30 June, 30 days' grace: parts may still come until 30 July, forfeited from 31 July.
    ['2024-07-01', false],
    ['2024-07-30', false],
    ['2024-07-31', true],
  ])('due 2024-06-30, on %s forfeited: %s', (today, forfeited) => {
    expect(isReturnForfeited(today, '2024-06-30', 30)).toBe(forfeited);
  });

  it('follows the policy\'s returnGraceDays; 0 forfeits the day after the cut-off', () => {
    expect(isReturnForfeited('2025-01-01', '2024-12-31', 0)).toBe(true);
    expect(isReturnForfeited('2024-12-31', '2024-12-31', 0)).toBe(false);
    expect(returnGraceUntil('2024-12-31', 60)).toBe('2025-03-01');
  });
});
