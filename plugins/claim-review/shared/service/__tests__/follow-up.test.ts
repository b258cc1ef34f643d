import { parseInput } from '../../schemas/validation-details';
import { followUpEvent, followUpInputSchema, followUpOutcome } from '../follow-up';

describe('follow-up (回访)', () => {
  it('needs solved and satisfaction when the customer answered, nothing more when not', () => {
    expect(parseInput(followUpInputSchema, { at: '2026-12-01T09:00:00+08:00', reached: false }).ok).toBe(true);
    expect(parseInput(followUpInputSchema, { at: '2026-12-01T09:00:00+08:00', reached: true })).toEqual({
      ok: false,
      fields: { solved: 'required', satisfaction: 'required' },
    });
    expect(parseInput(followUpInputSchema, { at: '2026-12-01T09:00:00+08:00', reached: true, solved: true, satisfaction: 0 })).toEqual({
      ok: false,
      fields: { satisfaction: 'too_small' },
    });
  });

  it('closes the loop only when solved and 满意 or better; 一般 and below, or unsolved, reopen', () => {
    expect(followUpOutcome({ reached: true, solved: true, satisfaction: 5 })).toBe('satisfied');
    expect(followUpOutcome({ reached: true, solved: true, satisfaction: 4 })).toBe('satisfied');
    expect(followUpOutcome({ reached: true, solved: true, satisfaction: 3 })).toBe('reopen');
    expect(followUpOutcome({ reached: true, solved: false, satisfaction: 5 })).toBe('reopen');
    expect(followUpOutcome({ reached: false })).toBe('no_answer');
  });

  it('maps the outcome to the request move', () => {
    expect(followUpEvent('satisfied')).toBe('follow_up_satisfied');
    expect(followUpEvent('reopen')).toBe('reopen');
    expect(followUpEvent('no_answer')).toBeNull();
  });
});
