import type { Finding } from '../../contracts';
import { precheck } from '..';
import { CTX, INPUT, ctx, input } from './fixtures';
import { CHINA_2024 } from '../../calendar/__tests__/china-2024';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

describe('PART_NOT_PRICED and PART_CORE', () => {
  it.each([
    ['a part not on the price list', 'P-NOPE', ['PART_NOT_PRICED@parts.1.partNumber']],
    ['a part with no price on the repair date', 'P-OLD', ['PART_NOT_PRICED@parts.1.partNumber']],
    ['a core part (and not also unpriced)', 'P-CORE', ['PART_CORE@parts.1.partNumber']],
    ['a priced standard part', 'P-BOLT', []],
  ])('%s', (_name, partNumber, expected) => {
    const parts = [...INPUT.parts, { partNumber, qty: 1 }];
    expect(tags(precheck(input({ parts }), CTX))).toEqual(expected);
  });

  it('says which date had no price', () => {
    const [f] = precheck(input({ parts: [{ partNumber: 'P-OLD', qty: 1 }] }), CTX);
    expect(f.message.en).toBe('Part P-OLD has no dealer price valid on 2024-06-03');
    expect(f.severity).toBe('error');
  });

  it('core parts are errors', () => {
    const [f] = precheck(input({ parts: [{ partNumber: 'P-CORE', qty: 1 }] }), CTX);
    expect(f.severity).toBe('error');
    expect(f.message.zh).toContain('核心件');
  });

  it('is silent without a catalogue', () => {
    expect(precheck(input({ parts: [{ partNumber: 'P-NOPE', qty: 1 }] }), ctx({ parts: undefined }))).toEqual([]);
  });
});

describe('OPERATION_UNKNOWN and LABOUR_OVER_STANDARD', () => {
  it.each([
    [2, []],
    [1.5, []],
    [2.1, ['LABOUR_OVER_STANDARD@labour.0.hours']],
    [9, ['LABOUR_OVER_STANDARD@labour.0.hours']],
  ])('OP-MOTOR (2.0 h standard) claimed at %d h', (hours, expected) => {
    expect(tags(precheck(input({ labour: [{ operation: 'OP-MOTOR', hours }] }), CTX))).toEqual(expected);
  });

  it('over standard is a warning with both numbers', () => {
    const [f] = precheck(input({ labour: [{ operation: 'OP-MOTOR', hours: 2.5 }] }), CTX);
    expect(f.severity).toBe('warning');
    expect(f.message.en).toBe('Operation OP-MOTOR claims 2.5 h, over its standard of 2 h');
  });

  it('an unknown operation is an error on its line', () => {
    const labour = [
      { operation: 'OP-MOTOR', hours: 1 },
      { operation: 'OP-NOPE', hours: 1 },
    ];
    const f = precheck(input({ labour }), CTX);
    expect(tags(f)).toEqual(['OPERATION_UNKNOWN@labour.1.operation']);
    expect(f[0].severity).toBe('error');
  });

  it('is silent without the operation list', () => {
    expect(precheck(input({ labour: [{ operation: 'OP-NOPE', hours: 99 }] }), ctx({ operations: undefined }))).toEqual([]);
  });
});

describe('TRAVEL_OVER_CAP and RATE_NOT_FOUND', () => {
  it.each([
    [100, []],
    [101, ['TRAVEL_OVER_CAP@travel.km']],
  ])('%i km against a 100 km cap', (km, expected) => {
    expect(tags(precheck(input({ travel: { km } }), CTX))).toEqual(expected);
  });

  it('over the cap is a warning saying what is paid', () => {
    const [f] = precheck(input({ travel: { km: 150 } }), CTX);
    expect(f.severity).toBe('warning');
    expect(f.message.en).toContain('100 km are paid');
  });

  it('no rate for the tier blocks labour and travel', () => {
    const f = precheck(INPUT, ctx({ rate: null }));
    expect(tags(f)).toEqual(['RATE_NOT_FOUND@']);
    expect(f[0].message.en).toContain('tier 2');
  });

  it('a parts-only claim needs no rate', () => {
    expect(precheck(input({ labour: [], travel: null }), ctx({ rate: null }))).toEqual([]);
  });
});

describe('FILED_LATE (30 days after the repair)', () => {
  it.each([
    ['2024-07-03', []],
    ['2024-07-04', ['FILED_LATE@repairDate']],
  ])('repaired 2024-06-03, filed %s', (today, expected) => {
    expect(tags(precheck(INPUT, ctx({ today })))).toEqual(expected);
  });

  it('judges the filing date, not the day of a later edit', () => {
    expect(tags(precheck(INPUT, ctx({ today: '2024-08-20', filedOn: '2024-07-03' })))).toEqual([]);
    expect(tags(precheck(INPUT, ctx({ today: '2024-07-04', filedOn: '2024-07-04' })))).toEqual(['FILED_LATE@repairDate']);
  });

  it('ends on the first working day after a rest day (art. 203)', () => {
    // Repaired 2024-09-01: 30 days end 1 October, National Day; filed on 8 October it is on time.
    const input = { ...INPUT, failureDate: '2024-09-01', repairDate: '2024-09-01', customerConfirmation: { ...INPUT.customerConfirmation, signedAt: '2024-09-01' } };
    expect(tags(precheck(input, ctx({ today: '2024-10-08', calendar: CHINA_2024 })))).toEqual([]);
    expect(tags(precheck(input, ctx({ today: '2024-10-09', calendar: CHINA_2024 })))).toEqual(['FILED_LATE@repairDate']);
    expect(tags(precheck(input, ctx({ today: '2024-10-08' })))).toEqual(['FILED_LATE@repairDate']);
  });

  it('names the deadline', () => {
    const [f] = precheck(INPUT, ctx({ today: '2024-08-01' }));
    expect(f.message.en).toContain('2024-07-03');
    expect(f.clause?.zh).toContain('30 日内');
  });
});
