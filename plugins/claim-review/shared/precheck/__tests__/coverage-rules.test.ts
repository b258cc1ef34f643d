import type { Finding } from '../../contracts';
import { precheck } from '..';
import { HOUSEHOLD_VEHICLE_2021_POLICY } from '../../policy/national-templates';
import { ctx, onDay, policy, unit } from './fixtures';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

const seatFault = { component: 'seat', description: '座椅断裂' };
const bolt = [{ partNumber: 'P-BOLT', qty: 2 }];

/** A claim on `day` for a unit sold on `sale`, registered the same day, checked that day. */
function onDayFor(sale: string, day: string, patch = {}, pol = policy()) {
  return precheck(
    onDay(day, { labour: [], travel: null, ...patch }),
    ctx({ today: day, unit: unit({ saleDate: sale, registrationDate: sale }), policy: pol }),
  );
}

describe('OUT_OF_WARRANTY: whole unit (12 months)', () => {
  it.each([
    ['2025-02-28', []],
    ['2025-03-01', []],
    ['2025-03-02', ['OUT_OF_WARRANTY@failureDate']],
  ])('sold 2024-03-01, failure %s', (day, expected) => {
    expect(tags(onDayFor('2024-03-01', day, { fault: seatFault, parts: bolt }))).toEqual(expected);
  });

  it.each([
    ['sold 31 Aug, 6 months end 29 Feb (leap)', '2023-08-31', '2024-02-29', '2024-03-01', 6],
    ['sold 31 Aug, 6 months end 28 Feb', '2024-08-31', '2025-02-28', '2025-03-01', 6],
    ['sold 31 Jan, 1 month ends 28 Feb', '2023-01-31', '2023-02-28', '2023-03-01', 1],
    ['sold 31 Jan, 1 month ends 29 Feb (leap)', '2024-01-31', '2024-02-29', '2024-03-01', 1],
    ['sold 29 Feb, 12 months end 28 Feb', '2024-02-29', '2025-02-28', '2025-03-01', 12],
  ])('%s', (_name, sale, lastDay, firstOut, months) => {
    const pol = policy({ wholeUnitMonths: months, mainComponentMonths: months });
    expect(onDayFor(sale, lastDay, { fault: seatFault, parts: bolt }, pol)).toEqual([]);
    expect(tags(onDayFor(sale, firstOut, { fault: seatFault, parts: bolt }, pol))).toEqual([
      'OUT_OF_WARRANTY@failureDate',
    ]);
  });

  it('names the end date and the clause', () => {
    const [f] = onDayFor('2024-03-01', '2025-03-02', { fault: seatFault, parts: bolt });
    expect(f.message.en).toContain('2025-03-01');
    expect(f.clause?.zh).toContain('整机三包有效期 12 个月');
    expect(f.clause?.en).toContain('Company warranty rules');
  });
});

describe('OUT_OF_WARRANTY: main components (24 months)', () => {
  it.each([
    ['2025-03-02', []],
    ['2026-03-01', []],
    ['2026-03-02', ['OUT_OF_WARRANTY@failureDate']],
  ])('motor fault, failure %s', (day, expected) => {
    expect(tags(onDayFor('2024-03-01', day))).toEqual(expected);
  });

  it('a non-main component gets no main-component extension', () => {
    expect(tags(onDayFor('2024-03-01', '2025-06-01', { fault: seatFault, parts: bolt }))).toEqual([
      'OUT_OF_WARRANTY@failureDate',
    ]);
  });

  it('says which main component', () => {
    const [f] = onDayFor('2024-03-01', '2026-03-02');
    expect(f.message.zh).toContain('主要部件 motor');
    expect(f.clause?.zh).toContain('主要部件三包有效期 24 个月');
  });
});

describe('OUT_OF_WARRANTY: wear parts past their own months', () => {
  const pad = { fault: { component: 'brake', description: '刹车失灵' }, parts: [{ partNumber: 'P-PAD', qty: 1 }] };
  it.each([
    ['2024-06-01', []],
    ['2024-06-02', ['OUT_OF_WARRANTY@parts.0.partNumber']],
  ])('pad with 3 months, sold 2024-03-01, failure %s', (day, expected) => {
    expect(tags(onDayFor('2024-03-01', day, pad))).toEqual(expected);
  });

  it('points at the wear line among others', () => {
    const parts = [
      { partNumber: 'P-BOLT', qty: 1 },
      { partNumber: 'P-PAD', qty: 2 },
    ];
    const f = onDayFor('2024-03-01', '2024-07-01', { ...pad, parts });
    expect(tags(f)).toEqual(['OUT_OF_WARRANTY@parts.1.partNumber']);
    expect(f[0].message.zh).toContain('易损件');
  });
});

describe('OUT_OF_WARRANTY and USAGE_OVER_CAP: household vehicles (三包 2 y / 50,000 km, warranty 3 y / 60,000 km)', () => {
  const car = (day: string, usage: number | null, component = 'seat') =>
    onDayFor('2024-01-10', day, { fault: { component, description: '故障' }, parts: bolt, usage: usage === null ? null : { value: usage, unit: 'km' } }, HOUSEHOLD_VEHICLE_2021_POLICY);

  it('a repair after the 三包 period is still covered by the repair warranty', () => {
    expect(car('2026-01-11', 40000)).toEqual([]);
    expect(car('2027-01-10', 40000)).toEqual([]);
  });

  it('ends with the repair warranty', () => {
    const f = car('2027-01-11', 40000);
    expect(tags(f)).toEqual(['OUT_OF_WARRANTY@failureDate']);
    expect(f[0].clause?.zh).toContain('包修期 36 个月');
  });

  it.each([
    [55000, []],
    [60000, []],
    [60001, ['USAGE_OVER_CAP@usage.value']],
  ])('usage %i km', (km, expected) => {
    expect(tags(car('2024-06-01', km))).toEqual(expected);
  });

  it('usage in hours against a km cap is an error, not a way around the cap', () => {
    const f = precheck(
      onDay('2024-06-01', { usage: { value: 999999, unit: 'h' }, labour: [], travel: null }),
      ctx({ today: '2024-06-01', unit: unit({ saleDate: '2024-01-10', registrationDate: '2024-01-10' }), policy: HOUSEHOLD_VEHICLE_2021_POLICY }),
    );
    expect(tags(f)).toEqual(['USAGE_REQUIRED@usage.unit']);
    expect(f[0].severity).toBe('error');
  });

  it('a missing reading is an error where the policy caps usage (month 30, no km given)', () => {
    const f = precheck(
      onDay('2026-07-10', { usage: null, labour: [], travel: null }),
      ctx({ today: '2026-07-10', unit: unit({ saleDate: '2024-01-10', registrationDate: '2024-01-10' }), policy: HOUSEHOLD_VEHICLE_2021_POLICY }),
    );
    expect(tags(f)).toEqual(['USAGE_REQUIRED@usage.value']);
    expect(f[0].message.zh).toContain('里程表');
  });

  it('a policy without a usage cap needs no reading', () => {
    const f = precheck(onDay('2024-06-01', { usage: null, labour: [], travel: null }), ctx({ today: '2024-06-01' }));
    expect(f).toEqual([]);
  });
});

describe('USAGE_OVER_CAP: an hours cap', () => {
  const hours = policy({ usageCap: 2000, usageUnit: 'h' });
  it.each([
    [2000, []],
    [2000.5, ['USAGE_OVER_CAP@usage.value']],
  ])('%d h', (value, expected) => {
    expect(tags(onDayFor('2024-03-01', '2024-06-01', { usage: { value, unit: 'h' } }, hours))).toEqual(expected);
  });

  it('without a cap nothing is checked', () => {
    expect(onDayFor('2024-03-01', '2024-06-01', { usage: { value: 1e7, unit: 'h' } })).toEqual([]);
  });
});
