import { parseInput } from '../../schemas';
import { weeklyReportSendSchema } from '../send';

describe('sending a weekly report', () => {
  it('takes a week key or nothing, and refuses anything else field by field', () => {
    expect(parseInput(weeklyReportSendSchema, {}).ok).toBe(true);
    expect(parseInput(weeklyReportSendSchema, { week: '2026-W48' }).ok).toBe(true);
    const bad = parseInput(weeklyReportSendSchema, { week: '2026-48' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fields).toEqual({ week: 'invalid_format' });
    expect(parseInput(weeklyReportSendSchema, { week: 48 }).ok).toBe(false);
    expect(parseInput(weeklyReportSendSchema, []).ok).toBe(false);
  });
});
