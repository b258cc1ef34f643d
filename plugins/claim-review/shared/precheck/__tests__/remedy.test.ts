import type { ClaimInput, Finding, PolicyFacts, PriorClaim } from '../../contracts';
import { precheck } from '..';
import { HOUSEHOLD_VEHICLE_2021_POLICY } from '../../policy/national-templates';
import { ctx, onDay, policy, prior, unit } from './fixtures';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

function claim(
  sale: string,
  day: string,
  patch: Partial<ClaimInput>,
  pol: PolicyFacts = policy(),
  history: PriorClaim[] = [],
  mainComponents = ['motor', 'frame', 'controller'],
) {
  return precheck(
    onDay(day, { labour: [], travel: null, ...patch }),
    ctx({ today: day, unit: unit({ saleDate: sale, registrationDate: sale, mainComponents }), policy: pol, history }),
  );
}

describe('REMEDY_NOT_ALLOWED: company windows (refund 7 days, replacement 15 days)', () => {
  it.each([
    ['refund', '2024-03-08', []],
    ['refund', '2024-03-09', ['REMEDY_NOT_ALLOWED@remedy']],
    ['replacement', '2024-03-16', []],
    ['replacement', '2024-03-17', ['REMEDY_NOT_ALLOWED@remedy']],
    ['repair', '2025-03-01', []],
  ] as const)('%s on %s, sold 2024-03-01', (remedy, day, expected) => {
    expect(tags(claim('2024-03-01', day, { remedy }))).toEqual(expected);
  });

  it('explains the missed window with the clause', () => {
    const [f] = claim('2024-03-01', '2024-03-09', { remedy: 'refund' });
    expect(f.message.zh).toContain('包退期');
    expect(f.message.en).toContain('2024-03-08');
    expect(f.clause?.zh).toContain('7 日内');
  });

  it('is silent when the policy is not known here', () => {
    const f = precheck(onDay('2024-09-01', { remedy: 'refund' }), { today: '2024-09-01' });
    expect(f).toEqual([]);
  });

  it('a policy without a refund window refuses refunds', () => {
    expect(tags(claim('2024-03-01', '2024-03-02', { remedy: 'refund' }, policy({ refundDays: null })))).toEqual([
      'REMEDY_NOT_ALLOWED@remedy',
    ]);
  });
});

describe('REPEAT_FAILURE lifts REMEDY_NOT_ALLOWED', () => {
  const motorRepairs = (n: number, patch: Partial<PriorClaim> = {}) =>
    Array.from({ length: n }, (_, i) =>
      prior({ component: 'motor', failureDate: `2024-0${4 + i}-01`, repairDate: `2024-0${4 + i}-02`, ...patch }),
    );

  it('after 2 repairs of the same main component, replacement is due', () => {
    const f = claim('2024-03-01', '2024-09-01', { remedy: 'replacement' }, policy(), motorRepairs(2));
    expect(tags(f)).toEqual(['REPEAT_FAILURE@fault.component']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message.zh).toContain('已修理 2 次');
    expect(f[0].clause?.zh).toContain('修理 2 次后');
  });

  it('after 1 repair it is not', () => {
    expect(tags(claim('2024-03-01', '2024-09-01', { remedy: 'replacement' }, policy(), motorRepairs(1)))).toEqual([
      'REMEDY_NOT_ALLOWED@remedy',
    ]);
  });

  it.each([
    ['rejected', motorRepairs(2, { status: 'rejected' })],
    ['drafts', motorRepairs(2, { status: 'draft' })],
    ['another component', motorRepairs(2, { component: 'frame' })],
    ['repaired after this failure', [prior({ failureDate: '2024-08-30', repairDate: '2024-09-02' }), prior()]],
  ])('%s do not count', (_name, history) => {
    expect(tags(claim('2024-03-01', '2024-09-01', { remedy: 'refund' }, policy(), history))).toEqual([
      'REMEDY_NOT_ALLOWED@remedy',
    ]);
  });

  it('warns on a repair remedy too, and only for main components', () => {
    expect(tags(claim('2024-03-01', '2024-09-01', {}, policy(), motorRepairs(2)))).toEqual([
      'REPEAT_FAILURE@fault.component',
    ]);
    const seat = { fault: { component: 'seat', description: 'x' }, parts: [{ partNumber: 'P-BOLT', qty: 1 }] };
    expect(claim('2024-03-01', '2024-09-01', seat, policy(), motorRepairs(2, { component: 'seat' }))).toEqual([]);
  });

  it('leaves the claim being checked out of its own history', () => {
    const history = motorRepairs(2);
    const f = precheck(
      onDay('2024-09-01', { labour: [], travel: null }),
      ctx({ today: '2024-09-01', history, claimNumber: history[0].number }),
    );
    expect(f).toEqual([]);
  });

  it('ignores a repeat limit of 0 (rule not used)', () => {
    expect(tags(claim('2024-03-01', '2024-09-01', { remedy: 'refund' }, policy({ repeatRepairLimit: 0 })))).toEqual([
      'REMEDY_NOT_ALLOWED@remedy',
    ]);
  });
});

describe('REMEDY_NOT_ALLOWED: household vehicles 2021', () => {
  const carMain = ['engine', 'transmission', 'drive_motor', 'traction_battery'];
  const car = (day: string, component: string, remedy: ClaimInput['remedy'], km: number | null, history: PriorClaim[] = []) =>
    claim(
      '2024-01-10',
      day,
      {
        remedy,
        fault: { component, description: '故障' },
        parts: [{ partNumber: 'P-BOLT', qty: 1 }],
        usage: km === null ? null : { value: km, unit: 'km' },
      },
      HOUSEHOLD_VEHICLE_2021_POLICY,
      history,
      carMain,
    );

  it.each([
    ['engine refund on day 7', '2024-01-17', 'engine', 'refund', 100, []],
    ['engine replacement on day 7', '2024-01-17', 'engine', 'replacement', 100, []],
    ['engine refund on day 8', '2024-01-18', 'engine', 'refund', 100, ['REMEDY_NOT_ALLOWED@remedy']],
    ['seat refund on day 3: not a listed assembly', '2024-01-13', 'seat', 'refund', 100, ['REMEDY_NOT_ALLOWED@remedy']],
    ['braking replacement on day 60 at 3,000 km', '2024-03-10', 'braking', 'replacement', 3000, []],
    ['braking refund on day 61', '2024-03-11', 'braking', 'refund', 1000, ['REMEDY_NOT_ALLOWED@remedy']],
    ['braking refund on day 30 at 3,001 km', '2024-02-09', 'braking', 'refund', 3001, ['REMEDY_NOT_ALLOWED@remedy']],
    ['braking refund without a usage reading', '2024-02-09', 'braking', 'refund', null, ['USAGE_REQUIRED@usage.value', 'REMEDY_NOT_ALLOWED@remedy']],
  ] as const)('%s', (_name, day, component, remedy, km, expected) => {
    expect(tags(car(day, component, remedy, km))).toEqual(expected);
  });

  it('names the listed assemblies when the component is not one', () => {
    const [f] = car('2024-01-13', 'seat', 'refund', 100);
    expect(f.message.en).toContain('engine, transmission, drive_motor, traction_battery');
    expect(f.clause?.zh).toContain('家用汽车产品修理更换退货责任规定');
  });

  it('same problem repaired more than 4 times → SAME_PROBLEM_LIMIT, replacement allowed', () => {
    const five = Array.from({ length: 5 }, (_, i) =>
      prior({ component: 'seat', failureDate: `2024-0${2 + i}-01`, repairDate: `2024-0${2 + i}-03` }),
    );
    expect(tags(car('2024-09-01', 'seat', 'replacement', 9000, five))).toEqual(['SAME_PROBLEM_LIMIT@fault.component']);
    expect(tags(car('2024-09-01', 'seat', 'replacement', 9000, five.slice(0, 4)))).toEqual([
      'REMEDY_NOT_ALLOWED@remedy',
    ]);
  });

  it('a major assembly replaced twice → ASSEMBLY_REPLACED_LIMIT', () => {
    const two = [1, 2].map((i) =>
      prior({ component: 'axle', majorAssemblyReplaced: true, failureDate: `2024-0${2 + i}-01`, repairDate: `2024-0${2 + i}-02` }),
    );
    expect(tags(car('2024-09-01', 'axle', 'refund', 9000, two))).toEqual(['ASSEMBLY_REPLACED_LIMIT@fault.component']);
    const notReplaced = two.map((p) => ({ ...p, majorAssemblyReplaced: false }));
    expect(tags(car('2024-09-01', 'axle', 'refund', 9000, notReplaced))).toEqual(['REMEDY_NOT_ALLOWED@remedy']);
  });

  it('more than 30 cumulative repair days → REPAIR_DAYS_LIMIT', () => {
    const days = (a: number, b: number) => [
      prior({ component: 'seat', repairDays: a }),
      prior({ component: 'door', repairDays: b, failureDate: '2024-05-01', repairDate: '2024-05-20' }),
    ];
    expect(tags(car('2024-09-01', 'mirror', 'refund', 9000, days(20, 11)))).toEqual(['REPAIR_DAYS_LIMIT@']);
    expect(tags(car('2024-09-01', 'mirror', 'refund', 9000, days(20, 10)))).toEqual(['REMEDY_NOT_ALLOWED@remedy']);
  });

  it('no remedy is due once past the 三包 usage cap', () => {
    const five = Array.from({ length: 5 }, () => prior({ component: 'seat' }));
    expect(tags(car('2024-09-01', 'seat', 'refund', 50001, five))).toEqual(['REMEDY_NOT_ALLOWED@remedy']);
  });

  it('no remedy is due after the 三包 period, even inside the repair warranty', () => {
    const five = Array.from({ length: 5 }, () => prior({ component: 'seat' }));
    expect(tags(car('2026-02-01', 'seat', 'refund', 9000, five))).toEqual(['REMEDY_NOT_ALLOWED@remedy']);
  });
});
