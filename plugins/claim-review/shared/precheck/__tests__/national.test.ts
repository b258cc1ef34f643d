import type { ClaimInput, Finding } from '../../contracts';
import { precheck } from '..';
import { FARM_MACHINERY_2010_POLICY } from '../../policy/national-templates';
import { ctx, input, unit } from './fixtures';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

const farmUnit = unit({ category: 'farm_machinery', saleDate: '2024-05-01', registrationDate: '2024-05-02' });

function farm(failureDate: string, repairDate: string, patch: Partial<ClaimInput> = {}) {
  return precheck(
    input({ failureDate, repairDate, customerConfirmation: { name: '李四', signedAt: repairDate }, ...patch }),
    ctx({ today: repairDate, unit: farmUnit, policy: FARM_MACHINERY_2010_POLICY }),
  );
}

describe('REPAIR_TIME_EXCEEDED: farm machinery, 30 working days', () => {
  it.each([
    ['2024-08-12', []],
    ['2024-08-13', ['REPAIR_TIME_EXCEEDED@repairDate']],
  ])('failure Mon 2024-07-01, repaired %s', (repairDate, expected) => {
    expect(tags(farm('2024-07-01', repairDate))).toEqual(expected);
  });

  it('is a warning naming the clause', () => {
    const [f] = farm('2024-07-01', '2024-08-13');
    expect(f.severity).toBe('warning');
    expect(f.clause?.zh).toContain('农业机械产品修理、更换、退货责任规定');
    expect(f.clause?.zh).toContain('30 个工作日');
  });
});

describe('BUSY_SEASON_LATE: farm machinery, busy season 3 days (main) / 1 day (wear)', () => {
  it.each([
    ['2024-06-06', []],
    ['2024-06-07', ['BUSY_SEASON_LATE@repairDate']],
  ])('motor fault on 2024-06-03, repaired %s', (repairDate, expected) => {
    expect(tags(farm('2024-06-03', repairDate))).toEqual(expected);
  });

  const wear = {
    fault: { component: 'brake', description: '刹车片磨损' },
    parts: [{ partNumber: 'P-PAD', qty: 1 }],
    labour: [{ operation: 'OP-PAD', hours: 0.5 }],
  };
  it.each([
    ['2024-06-04', []],
    ['2024-06-05', ['BUSY_SEASON_LATE@repairDate']],
  ])('wear-part fault on 2024-06-03, repaired %s', (repairDate, expected) => {
    expect(tags(farm('2024-06-03', repairDate, wear))).toEqual(expected);
  });

  it('outside the season only the 30 working days count', () => {
    expect(farm('2024-07-01', '2024-07-10')).toEqual([]);
  });
});
