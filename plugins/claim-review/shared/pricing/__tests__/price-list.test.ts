import type { LabourOpFacts } from '../../contracts';
import { operationFor, operationsFor, priceOn, rateOn } from '../price-list';

const rows = [
  { effectiveFrom: '2024-01-01', dealerPrice: 100, guidePrice: 150 },
  { effectiveFrom: '2024-07-01', dealerPrice: 120, guidePrice: 170 },
  { effectiveFrom: '2023-01-01', dealerPrice: 90, guidePrice: 140 },
];

describe('priceOn: the latest effectiveFrom not after the date', () => {
  it.each([
    ['2022-12-31', null],
    ['2023-01-01', 90],
    ['2024-06-30', 100],
    ['2024-07-01', 120],
    ['2030-01-01', 120],
  ])('%s → %s', (date, dealerPrice) => {
    expect(priceOn(rows, date)?.dealerPrice ?? null).toBe(dealerPrice);
  });

  it('a later row on the same date wins', () => {
    const fix = [...rows, { effectiveFrom: '2024-07-01', dealerPrice: 121, guidePrice: 171 }];
    expect(priceOn(fix, '2024-08-01')?.dealerPrice).toBe(121);
  });
});

describe('rateOn', () => {
  const rates = [1, 2, 3].flatMap((tier) => [
    { tier, effectiveFrom: '2024-01-01', hourlyRate: 1000 * tier, travelRatePerKm: 100, travelCapKm: 100, logisticsFee: 0 },
    { tier, effectiveFrom: '2025-01-01', hourlyRate: 1100 * tier, travelRatePerKm: 100, travelCapKm: 100, logisticsFee: 0 },
  ]);
  it('picks the tier and the date', () => {
    expect(rateOn(rates, 2, '2024-12-31')?.hourlyRate).toBe(2000);
    expect(rateOn(rates, 3, '2025-01-01')?.hourlyRate).toBe(3300);
    expect(rateOn(rates, 2, '2023-12-31')).toBeNull();
    expect(rateOn(rates, 4, '2025-01-01')).toBeNull();
  });
});

describe('operationFor', () => {
  const ops: LabourOpFacts[] = [
    { code: 'OP-1', standardHoursTenths: 10 },
    { code: 'OP-1', standardHoursTenths: 15, modelCode: 'M2' },
    { code: 'OP-2', standardHoursTenths: 5, modelCode: 'M3' },
  ];
  it('prefers the model’s own standard hours', () => {
    expect(operationFor(ops, 'OP-1', 'M2')?.standardHoursTenths).toBe(15);
    expect(operationFor(ops, 'OP-1', 'M1')?.standardHoursTenths).toBe(10);
    expect(operationFor(ops, 'OP-2', 'M1')).toBeNull();
    expect(Object.keys(operationsFor(ops, 'M1'))).toEqual(['OP-1']);
    expect(operationsFor(ops, 'M3')['OP-2'].standardHoursTenths).toBe(5);
  });
});
