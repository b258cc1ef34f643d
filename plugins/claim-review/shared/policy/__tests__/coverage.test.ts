import type { PolicyFacts } from '../../contracts';
import {
  coverage,
  coveredUntil,
  filingDeadline,
  isRegistrationLate,
  isWithin,
  registrationDeadline,
  wearPartUntil,
} from '../coverage';
import { isBusySeason } from '../busy-season';
import { CHINA_2024 } from '../../calendar/__tests__/china-2024';
import { policyLabel } from '../policy-label';
import {
  COMPANY_DEFAULT_POLICY,
  FARM_MACHINERY_2010_POLICY,
  HOUSEHOLD_VEHICLE_2021_POLICY,
  nationalTemplates,
} from '../national-templates';

const company = COMPANY_DEFAULT_POLICY;

describe('coverage', () => {
  it('counts every window from the sale date (company defaults)', () => {
    expect(coverage({ saleDate: '2024-03-10' }, company)).toEqual({
      wholeUnitUntil: '2025-03-10',
      mainComponentsUntil: '2026-03-10',
      refundUntil: '2024-03-17',
      replacementUntil: '2024-03-25',
      usageCap: null,
      registrationDeadline: '2024-03-30',
      warrantyUntil: null,
    });
  });

  it('ends N months on the month’s last day when the day does not exist', () => {
    const sixMonths: PolicyFacts = { ...company, wholeUnitMonths: 6, mainComponentMonths: 1 };
    expect(coverage({ saleDate: '2023-08-31' }, sixMonths).wholeUnitUntil).toBe('2024-02-29');
    expect(coverage({ saleDate: '2024-08-31' }, sixMonths).wholeUnitUntil).toBe('2025-02-28');
    expect(coverage({ saleDate: '2024-01-31' }, sixMonths).mainComponentsUntil).toBe('2024-02-29');
    expect(coverage({ saleDate: '2023-01-31' }, sixMonths).mainComponentsUntil).toBe('2023-02-28');
  });

  it('handles a 29 February sale', () => {
    const c = coverage({ saleDate: '2024-02-29' }, company);
    expect(c.wholeUnitUntil).toBe('2025-02-28');
    expect(c.mainComponentsUntil).toBe('2026-02-28');
    expect(c.refundUntil).toBe('2024-03-07');
    expect(c.registrationDeadline).toBe('2024-03-20');
  });

  it('gives the household-vehicle usage cap and repair warranty', () => {
    const c = coverage({ saleDate: '2024-05-20' }, HOUSEHOLD_VEHICLE_2021_POLICY);
    expect(c.usageCap).toEqual({ value: 50000, unit: 'km' });
    expect(c.wholeUnitUntil).toBe('2026-05-20');
    expect(c.warrantyUntil).toBe('2027-05-20');
    expect(c.refundUntil).toBe('2024-05-27');
    expect(c.replacementUntil).toBe('2024-05-27');
  });

  it('is all null when the unit is not sold or no policy applies', () => {
    const none = {
      wholeUnitUntil: null,
      mainComponentsUntil: null,
      refundUntil: null,
      replacementUntil: null,
      usageCap: null,
      registrationDeadline: null,
      warrantyUntil: null,
    };
    expect(coverage({ saleDate: null }, company)).toEqual(none);
    expect(coverage({}, company)).toEqual(none);
    expect(coverage({ saleDate: '2024-01-01' }, null)).toEqual(none);
  });

  it('leaves out a window whose field is null', () => {
    const c = coverage({ saleDate: '2024-01-01' }, { ...company, refundDays: null, registrationDays: null });
    expect(c.refundUntil).toBeNull();
    expect(c.registrationDeadline).toBeNull();
  });

  it('coveredUntil stretches to the main-component period for a main-component fault only', () => {
    const c = coverage({ saleDate: '2024-01-15' }, company);
    expect(coveredUntil(c, false)).toBe('2025-01-15');
    expect(coveredUntil(c, true)).toBe('2026-01-15');
    const v = coverage({ saleDate: '2024-01-15' }, HOUSEHOLD_VEHICLE_2021_POLICY);
    expect(coveredUntil(v, false)).toBe('2027-01-15');
  });
});

describe('registration deadline (within 20 days of sale)', () => {
  it.each([
    ['2024-03-01', '2024-03-21', false],
    ['2024-03-01', '2024-03-22', true],
    ['2024-03-01', '2024-03-01', false],
    ['2024-02-10', '2024-03-01', false],
    ['2024-02-10', '2024-03-02', true],
    ['2023-02-10', '2023-03-02', false],
    ['2023-02-10', '2023-03-03', true],
    ['2024-12-20', '2025-01-09', false],
    ['2024-12-20', '2025-01-10', true],
  ])('sold %s, registered %s → late %s', (sale, reg, late) => {
    expect(isRegistrationLate(sale, reg, company)).toBe(late);
  });

  it('has no deadline when the policy has none', () => {
    expect(registrationDeadline('2024-01-01', { ...company, registrationDays: null })).toBeNull();
    expect(isRegistrationLate('2024-01-01', '2030-01-01', { ...company, registrationDays: null })).toBe(false);
  });
});

describe('filingDeadline, wearPartUntil, isWithin', () => {
  it('files within 30 days of the repair', () => {
    expect(filingDeadline('2024-01-31', company)).toBe('2024-03-01');
    expect(filingDeadline('2023-01-31', company)).toBe('2023-03-02');
    expect(filingDeadline('2024-12-15', company)).toBe('2025-01-14');
    expect(filingDeadline('2024-01-01', { ...company, filingDays: null })).toBeNull();
  });

  it('counts a wear part’s months from the sale', () => {
    expect(wearPartUntil('2024-08-31', 6)).toBe('2025-02-28');
    expect(wearPartUntil('2024-01-15', 3)).toBe('2024-04-15');
  });

  it('includes the last day and nothing after', () => {
    expect(isWithin('2025-01-15', '2025-01-15')).toBe(true);
    expect(isWithin('2025-01-14', '2025-01-15')).toBe(true);
    expect(isWithin('2025-01-16', '2025-01-15')).toBe(false);
    expect(isWithin('2025-01-16', null)).toBe(false);
    expect(isWithin('2025-01-16', undefined)).toBe(false);
  });
});

describe('isBusySeason', () => {
  it.each([
    ['2024-05-01', true],
    ['2024-06-30', true],
    ['2024-07-01', false],
    ['2024-09-15', true],
    ['2024-10-31', true],
    ['2024-11-01', false],
    ['2024-04-30', false],
  ])('%s → %s under the farm template', (d, busy) => {
    expect(isBusySeason(d, FARM_MACHINERY_2010_POLICY)).toBe(busy);
  });

  it('is never busy without season months', () => {
    expect(isBusySeason('2024-05-01', company)).toBe(false);
    expect(isBusySeason('2024-05-01', null)).toBe(false);
    expect(isBusySeason('2024-05-01', { busySeasonMonths: [] })).toBe(false);
  });
});

describe('national templates', () => {
  it('ship the three templates with distinct codes', () => {
    expect(nationalTemplates.map((t) => t.code)).toEqual([
      'COMPANY-DEFAULT',
      'CN-FARM-MACHINERY-2010',
      'CN-HOUSEHOLD-VEHICLE-2021',
    ]);
  });

  it('company default carries the DOMAIN.md numbers', () => {
    expect(company).toMatchObject({
      wholeUnitMonths: 12,
      mainComponentMonths: 24,
      refundDays: 7,
      replacementDays: 15,
      repeatRepairLimit: 2,
      registrationDays: 20,
      filingDays: 30,
      returnCutoffs: ['06-30', '12-31'],
      duplicateWindowDays: 30,
      reviewHours: 48,
      category: null,
      modelCode: null,
    });
  });

  it('farm machinery 2010: 1 year, 30 working days, 2 repairs, busy season 3/1 days', () => {
    expect(FARM_MACHINERY_2010_POLICY).toMatchObject({
      wholeUnitMonths: 12,
      repairWorkingDays: 30,
      repeatRepairLimit: 2,
      busySeasonMainRepairDays: 3,
      busySeasonWearRepairDays: 1,
      category: 'farm_machinery',
    });
  });

  it('household vehicles 2021: 2 y / 50,000 km, 3 y / 60,000 km, 60 d / 3,000 km, 7 d, 2-2-4-30, 5 d, 0.5 %, 6 y', () => {
    expect(HOUSEHOLD_VEHICLE_2021_POLICY).toMatchObject({
      wholeUnitMonths: 24,
      usageCap: 50000,
      usageUnit: 'km',
      warrantyMonths: 36,
      warrantyUsageCap: 60000,
      earlyRemedyDays: 60,
      earlyRemedyUsage: 3000,
      earlyRemedyComponents: ['steering', 'braking', 'body_crack', 'fuel_leak', 'battery_fire'],
      refundDays: 7,
      refundComponents: ['engine', 'transmission', 'drive_motor', 'traction_battery'],
      repeatRepairLimit: 2,
      majorAssemblyReplacementLimit: 2,
      sameProblemRepairLimit: 4,
      cumulativeRepairDaysLimit: 30,
      loanerAfterRepairDays: 5,
      usageChargeRateBp: 50,
      recordRetentionYears: 6,
      category: 'household_vehicle',
    });
  });

  it('labels a clause in both languages from "中文 / English"', () => {
    expect(policyLabel(FARM_MACHINERY_2010_POLICY)).toEqual({
      zh: '农业机械产品修理、更换、退货责任规定（2010）',
      en: 'Farm machinery repair, replacement and return rules (2010)',
    });
    expect(policyLabel({ code: 'X', name: null, clause: null })).toEqual({ zh: 'X', en: 'X' });
    expect(policyLabel({ code: 'X', name: '企业政策', clause: '' })).toEqual({ zh: '企业政策', en: '企业政策' });
  });
});

describe('card and filing deadlines on a rest day (Civil Code art. 203)', () => {
  it('moves the card deadline of a sale on 2024-09-11 from National Day to 8 October', () => {
    expect(registrationDeadline('2024-09-11', company)).toBe('2024-10-01');
    expect(registrationDeadline('2024-09-11', company, CHINA_2024)).toBe('2024-10-08');
    expect(isRegistrationLate('2024-09-11', '2024-10-08', company, CHINA_2024)).toBe(false);
    expect(isRegistrationLate('2024-09-11', '2024-10-09', company, CHINA_2024)).toBe(true);
    expect(coverage({ saleDate: '2024-09-11' }, company, CHINA_2024).registrationDeadline).toBe('2024-10-08');
  });

  it('leaves a deadline on a make-up working Sunday where it is', () => {
    // Sold 2024-09-09: 20 days end Sunday 29 September, worked before National Day.
    expect(registrationDeadline('2024-09-09', company, CHINA_2024)).toBe('2024-09-29');
  });

  it('moves a filing deadline off a weekend and off Spring Festival', () => {
    // Repaired 2024-02-22: 30 days end Saturday 23 March → Monday 25 March.
    expect(filingDeadline('2024-02-22', company, CHINA_2024)).toBe('2024-03-25');
    // Repaired 2024-01-12: 30 days end Sunday 11 February, in the Spring Festival → Sunday 18 February, worked.
    expect(filingDeadline('2024-01-12', company, CHINA_2024)).toBe('2024-02-18');
  });

  it('does not stretch warranty periods, which are not periods for an act', () => {
    // 12 months from 2023-10-01 end on 2024-10-01, a holiday, and stay there.
    expect(coverage({ saleDate: '2023-10-01' }, company, CHINA_2024).wholeUnitUntil).toBe('2024-10-01');
  });
});
