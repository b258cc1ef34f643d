import type { ClaimInput, Finding, PartFacts, PolicyFacts, PriorClaim } from '../../contracts';
import { precheck } from '..';
import { DEFAULT_WORKING_CALENDAR, workingDaysAfter, type WorkingCalendar } from '../../calendar/working-hours';
import { FARM_MACHINERY_2010_POLICY, HOUSEHOLD_VEHICLE_2021_POLICY } from '../../policy/national-templates';
import { repairPeriodDays } from '../../policy/repair-period';
import { remedyValue } from '../../pricing/remedy-value';
import { COMPANY_DEFAULT_POLICY } from '../../policy/national-templates';
import { ctx, input, PARTS, prior, unit } from './fixtures';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

/** National Day 2024 as the State Council's notice set it: 1–7 Oct off, Sun 29 Sep and Sat 12 Oct worked. */
const OFFICE_2024: WorkingCalendar = {
  ...DEFAULT_WORKING_CALENDAR,
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
  workdays: ['2024-09-29', '2024-10-12'],
};

const car = unit({ category: 'household_vehicle', saleDate: '2024-01-10', registrationDate: '2024-01-10', mainComponents: ['engine', 'steering', 'braking'], unitPrice: 10_000_000 });
const tractor = unit({ category: 'farm_machinery', saleDate: '2024-05-01', registrationDate: '2024-05-02', unitPrice: 3_000_000 });

/** A claim with no lines: only the rules under test speak. */
function claim(patch: Partial<ClaimInput>, day: string): ClaimInput {
  return input({
    failureDate: day,
    repairDate: day,
    customerConfirmation: { name: '王五', signedAt: day },
    parts: [],
    labour: [],
    travel: null,
    ...patch,
  });
}

function vehicle(patch: Partial<ClaimInput>, day: string, history: PriorClaim[] = [], today = day) {
  return precheck(
    claim({ fault: { component: 'engine', description: '发动机异响' }, usage: { value: 20000, unit: 'km' }, ...patch }, day),
    ctx({ today, unit: car, policy: HOUSEHOLD_VEHICLE_2021_POLICY, history }),
  );
}

function farm(patch: Partial<ClaimInput>, day: string, history: PriorClaim[] = [], pol: PolicyFacts = FARM_MACHINERY_2010_POLICY, calendar?: WorkingCalendar) {
  return precheck(claim(patch, day), ctx({ today: patch.repairDate ?? day, unit: tractor, policy: pol, history, calendar }));
}

describe('item 1: repair hand-over and return dates, repair days and the loaner', () => {
  it.each([
    ['2024-06-01', '2024-06-01', 1],
    ['2024-06-01', '2024-06-02', 1],
    ['2024-06-01', '2024-06-07', 6],
    ['2024-06-02', '2024-06-01', null],
  ])('handed over %s, returned %s: %s repair days', (handedOverAt, returnedAt, days) => {
    expect(repairPeriodDays({ handedOverAt, returnedAt })).toBe(days);
  });

  it.each([
    [{ handedOverAt: '2024-05-31', returnedAt: '2024-06-02' }, ['DATES_INVALID@repair.handedOverAt']],
    [{ handedOverAt: '2024-06-02', returnedAt: '2024-06-01' }, ['DATES_INVALID@repair.returnedAt']],
    [{ handedOverAt: '2024-06-08', returnedAt: '2024-06-11' }, ['DATES_INVALID@repair.returnedAt']],
  ])('checks the dates: %j', (repair, expected) => {
    const f = vehicle({ failureDate: '2024-06-01', repairDate: '2024-06-01', repair }, '2024-06-01', [], '2024-06-10');
    expect(tags(f)).toEqual(expected);
  });

  const earlier = (days: number) => [
    prior({ component: 'engine', failureDate: '2024-03-01', repairDate: '2024-03-20', repairDays: days }),
  ];

  it('20 earlier repair days + 11 now = 31 > 30: replacement is allowed, with REPAIR_DAYS_LIMIT and LOANER_DUE', () => {
    const repair = { handedOverAt: '2024-06-01', returnedAt: '2024-06-12' };
    const f = vehicle({ remedy: 'replacement', repairDate: '2024-06-12', repair }, '2024-06-01', earlier(20), '2024-06-12');
    expect(tags(f)).toEqual(['REPAIR_DAYS_LIMIT@repair.returnedAt', 'LOANER_DUE@repair.returnedAt']);
    expect(f[0].message.en).toContain('31 cumulative repair days');
    expect(f[1].message.zh).toContain('备用车');
  });

  it('20 + 10 = 30 is not more than 30: the refund is refused', () => {
    const repair = { handedOverAt: '2024-06-01', returnedAt: '2024-06-11' };
    const f = vehicle({ remedy: 'refund', repairDate: '2024-06-11', repair }, '2024-06-01', earlier(20), '2024-06-11');
    expect(tags(f)).toEqual(['REMEDY_NOT_ALLOWED@remedy', 'LOANER_DUE@repair.returnedAt']);
  });

  it('a repair of exactly 5 days owes no loaner', () => {
    const repair = { handedOverAt: '2024-06-01', returnedAt: '2024-06-06' };
    expect(vehicle({ repairDate: '2024-06-06', repair }, '2024-06-01', [], '2024-06-06')).toEqual([]);
  });
});

describe('item 2: farm machinery, 30 working days without a repair give the right to an exchange', () => {
  it.each([
    ['replacement', ['REPAIR_TIME_EXCEEDED@repairDate']],
    ['refund', ['REMEDY_NOT_ALLOWED@remedy', 'REPAIR_TIME_EXCEEDED@repairDate']],
  ] as const)('%s after 31 working days (Mon 2024-07-01 → 2024-08-13)', (remedy, expected) => {
    const f = farm({ remedy, failureDate: '2024-07-01', repairDate: '2024-08-13' }, '2024-07-01');
    expect(tags(f)).toEqual(expected);
  });
});

describe('item 3: working days follow the office calendar (holidays, 调休)', () => {
  it('2024-09-27 → 2024-10-08 is 3 working days, not 7', () => {
    expect(workingDaysAfter('2024-09-27', '2024-10-08', OFFICE_2024)).toBe(3);
    expect(workingDaysAfter('2024-09-27', '2024-10-08')).toBe(7);
  });

  // The busy-season rule is left out so that only the working-day count speaks.
  const noSeason = { ...FARM_MACHINERY_2010_POLICY, busySeasonMonths: null };

  it('handed over 2024-09-20, repaired 2024-11-04: 28 working days with National Day off, so no finding', () => {
    const patch = { failureDate: '2024-09-20', repairDate: '2024-11-04', repair: { handedOverAt: '2024-09-20', returnedAt: '2024-11-04' } };
    expect(farm(patch, '2024-09-20', [], noSeason, OFFICE_2024)).toEqual([]);
    expect(tags(farm(patch, '2024-09-20', [], noSeason))).toEqual(['REPAIR_TIME_EXCEEDED@repairDate']);
  });
});

describe('item 4: farm repeat failure replaces the part first, the whole unit only after that', () => {
  const motor = (n: number, patch: Partial<PriorClaim> = {}) =>
    Array.from({ length: n }, (_, i) =>
      prior({ component: 'motor', failureDate: `2024-0${6 + i}-01`, repairDate: `2024-0${6 + i}-02`, ...patch }),
    );

  it('third failure after 2 repairs: replace the motor; a unit exchange is refused', () => {
    const f = farm({ remedy: 'replacement' }, '2024-10-01', motor(2));
    expect(tags(f)).toEqual(['REMEDY_NOT_ALLOWED@remedy', 'REPEAT_FAILURE@fault.component']);
    expect(f[1].message.zh).toContain('应免费更换该主要部件');
    expect(f[1].clause?.en).toContain('the whole unit is exchanged');
  });

  it('fails again after the motor itself was replaced: the whole unit is exchanged', () => {
    const history = [...motor(2), prior({ component: 'motor', failureDate: '2024-08-10', repairDate: '2024-08-11', majorAssemblyReplaced: true })];
    const f = farm({ remedy: 'replacement' }, '2024-10-01', history);
    expect(tags(f)).toEqual(['REPEAT_FAILURE@fault.component']);
    expect(f[0].message.en).toContain('whole unit is exchanged');
  });

  it('the vehicle template says its repeat clause is for serious safety faults only', () => {
    const history = [
      prior({ component: 'braking', failureDate: '2024-03-01', repairDate: '2024-03-02' }),
      prior({ component: 'braking', failureDate: '2024-04-01', repairDate: '2024-04-02' }),
    ];
    const f = vehicle({ remedy: 'replacement', fault: { component: 'braking', description: '制动失效' } }, '2024-06-01', history);
    expect(tags(f)).toEqual(['REPEAT_FAILURE@fault.component']);
    expect(f[0].message.zh).toContain('严重安全性能故障');
    expect(f[0].clause?.en).toContain('serious safety faults only');
  });
});

describe('item 6: each part is covered by its own component’s period', () => {
  const parts: Record<string, PartFacts> = {
    ...PARTS,
    'P-LAMP': { number: 'P-LAMP', name: '前大灯', nameEn: 'Headlamp', category: 'standard', component: 'headlamp', vatRate: 1300, mustReturn: false, price: { effectiveFrom: '2024-01-01', dealerPrice: 3000, guidePrice: 4500 } },
  };
  const month15 = (partNumbers: string[]) =>
    precheck(
      claim({ parts: partNumbers.map((partNumber) => ({ partNumber, qty: 1 })) }, '2025-06-01'),
      ctx({ today: '2025-06-01', parts }),
    );

  it('month 15, fault motor, part headlamp: the headlamp is out of warranty', () => {
    const f = month15(['P-MOTOR', 'P-LAMP']);
    expect(tags(f)).toEqual(['OUT_OF_WARRANTY@parts.1.partNumber']);
    expect(f[0].message.en).toContain('2025-03-01');
  });

  it('the motor and a bolt naming no component stay covered', () => {
    expect(month15(['P-MOTOR', 'P-BOLT'])).toEqual([]);
  });
});

describe('item 7: a replacement or refund states the unit price and the usage charge', () => {
  const value = (patch: Partial<ClaimInput>, day: string, pol: PolicyFacts = HOUSEHOLD_VEHICLE_2021_POLICY) =>
    remedyValue(claim({ fault: { component: 'engine', description: '发动机' }, ...patch }, day), ctx({ today: day, unit: car, policy: pol }));

  it('¥100,000 car refunded at 10,000 km with n = 0.5 %: charge ¥5,000, net ¥95,000', () => {
    expect(value({ remedy: 'refund', usage: { value: 10000, unit: 'km' } }, '2024-06-01')).toEqual({
      remedy: 'refund',
      unitPrice: 10_000_000,
      km: 10000,
      rateBp: 50,
      usageCharge: 500_000,
      free: null,
      net: 9_500_000,
    });
  });

  it('no charge inside the 7-day window or the 60-day early-remedy window', () => {
    expect(value({ remedy: 'refund', usage: { value: 300, unit: 'km' } }, '2024-01-15')).toMatchObject({ free: 'refund_window', usageCharge: 0, net: 10_000_000 });
    const braking = { remedy: 'replacement' as const, usage: { value: 2000, unit: 'km' as const }, fault: { component: 'braking', description: '制动' } };
    expect(value(braking, '2024-03-01')).toMatchObject({ free: 'early_remedy', usageCharge: 0, net: 10_000_000 });
  });

  it('a policy without a usage charge states the price alone; a repair has no value', () => {
    expect(value({ remedy: 'replacement' }, '2024-06-01', COMPANY_DEFAULT_POLICY)).toMatchObject({ unitPrice: 10_000_000, usageCharge: 0, rateBp: null, net: 10_000_000 });
    expect(value({ remedy: 'repair' }, '2024-06-01')).toBeNull();
  });
});

describe('item 8: the farm clocks start at the hand-over', () => {
  it('failure 2024-07-01, handed over 07-15, repaired 08-13: within 30 working days', () => {
    const patch = { failureDate: '2024-07-01', repairDate: '2024-08-13', repair: { handedOverAt: '2024-07-15', returnedAt: '2024-08-13' } };
    expect(farm(patch, '2024-07-01')).toEqual([]);
  });

  it('busy season: failure 06-03, handed over 06-05, repaired 06-07 is 2 days, not 4', () => {
    const patch = { failureDate: '2024-06-03', repairDate: '2024-06-07', repair: { handedOverAt: '2024-06-05', returnedAt: '2024-06-07' } };
    expect(farm(patch, '2024-06-03')).toEqual([]);
    expect(tags(farm({ failureDate: '2024-06-03', repairDate: '2024-06-07' }, '2024-06-03'))).toEqual(['BUSY_SEASON_LATE@repairDate']);
  });
});
