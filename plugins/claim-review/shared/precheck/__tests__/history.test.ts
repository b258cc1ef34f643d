import type { Finding } from '../../contracts';
import { precheck } from '..';
import { ctx, input, prior } from './fixtures';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

describe('DUPLICATE_CLAIM (same unit, same part, within 30 days)', () => {
  const twoParts = input({
    parts: [
      { partNumber: 'P-BOLT', qty: 1 },
      { partNumber: 'P-MOTOR', qty: 1 },
    ],
  });
  const motorRepairedOn = (repairDate: string, status: 'settled' | 'rejected' | 'draft' | 'in_review' = 'settled') => [
    prior({ repairDate, failureDate: repairDate, status, component: 'x', partNumbers: ['P-MOTOR'] }),
  ];

  it.each([
    ['2024-05-04', ['DUPLICATE_CLAIM@parts.1.partNumber']],
    ['2024-05-03', []],
    ['2024-06-03', ['DUPLICATE_CLAIM@parts.1.partNumber']],
    ['2024-07-03', ['DUPLICATE_CLAIM@parts.1.partNumber']],
    ['2024-07-04', []],
  ])('current repair 2024-06-03, earlier one %s', (repairDate, expected) => {
    expect(tags(precheck(twoParts, ctx({ history: motorRepairedOn(repairDate) })))).toEqual(expected);
  });

  it.each([['rejected'], ['draft']] as const)('a %s claim is no duplicate', (status) => {
    expect(precheck(twoParts, ctx({ history: motorRepairedOn('2024-05-20', status) }))).toEqual([]);
  });

  it('a claim still in review is one', () => {
    const f = precheck(twoParts, ctx({ history: motorRepairedOn('2024-05-20', 'in_review') }));
    expect(f[0].severity).toBe('warning');
    expect(f[0].message.en).toContain('C-PRIOR-');
  });

  it('is silent without history', () => {
    expect(precheck(twoParts, ctx({ history: undefined }))).toEqual([]);
  });
});
