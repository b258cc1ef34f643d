import type { Finding } from '../../contracts';
import { precheck } from '..';
import { CTX, INPUT, ctx, input, policy, unit } from './fixtures';
import { CHINA_2024 } from '../../calendar/__tests__/china-2024';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

describe('a clean claim', () => {
  it('has no findings with every fact known', () => {
    expect(precheck(INPUT, CTX)).toEqual([]);
  });
});

describe('UNIT_NOT_FOUND', () => {
  it('fires when the unit is known to be absent', () => {
    expect(tags(precheck(INPUT, ctx({ unit: null, policy: undefined })))).toEqual(['UNIT_NOT_FOUND@serial']);
  });

  it('treats another dealer’s unit as absent and tells nothing else about it', () => {
    const foreign = unit({ dealerCode: 'D999', registrationDate: '2024-12-31' });
    expect(tags(precheck(INPUT, ctx({ unit: foreign })))).toEqual(['UNIT_NOT_FOUND@serial']);
  });

  it('is silent when the unit is not known here', () => {
    expect(precheck(INPUT, ctx({ unit: undefined }))).toEqual([]);
  });

  it('names the serial', () => {
    const [f] = precheck(INPUT, ctx({ unit: null }));
    expect(f.message.en).toContain('SN-0001');
    expect(f.severity).toBe('error');
  });
});

describe('UNIT_NOT_REGISTERED and POLICY_NOT_FOUND', () => {
  it('a unit without a sale date has no warranty card', () => {
    const f = precheck(INPUT, ctx({ unit: unit({ saleDate: null, registrationDate: null }), policy: null }));
    expect(tags(f)).toEqual(['UNIT_NOT_REGISTERED@serial']);
    expect(f[0].message.zh).toContain('三包回执卡');
  });

  it('a sold unit without a policy', () => {
    expect(tags(precheck(INPUT, ctx({ policy: null })))).toEqual(['POLICY_NOT_FOUND@serial']);
  });

  it('no finding when the policy is merely not known here', () => {
    expect(precheck(INPUT, ctx({ policy: undefined }))).toEqual([]);
  });
});

describe('REGISTRATION_LATE (sold 1 March, card due within 20 days)', () => {
  it.each([
    ['2024-03-01', []],
    ['2024-03-20', []],
    ['2024-03-21', []],
    ['2024-03-22', ['REGISTRATION_LATE@serial']],
    ['2024-05-01', ['REGISTRATION_LATE@serial']],
  ])('registered %s', (registrationDate, expected) => {
    expect(tags(precheck(INPUT, ctx({ unit: unit({ registrationDate }) })))).toEqual(expected);
  });

  it('moves a deadline on National Day to the first working day (art. 203)', () => {
    const sold = unit({ saleDate: '2024-09-11', registrationDate: '2024-10-08' });
    expect(tags(precheck(INPUT, ctx({ today: '2024-10-10', unit: sold, calendar: CHINA_2024 })))).not.toContain('REGISTRATION_LATE@serial');
    expect(tags(precheck(INPUT, ctx({ today: '2024-10-10', unit: sold })))).toContain('REGISTRATION_LATE@serial');
    const late = unit({ saleDate: '2024-09-11', registrationDate: '2024-10-09' });
    expect(tags(precheck(INPUT, ctx({ today: '2024-10-10', unit: late, calendar: CHINA_2024 })))).toContain('REGISTRATION_LATE@serial');
  });

  it('says 不予认定 and names the clause', () => {
    const [f] = precheck(INPUT, ctx({ unit: unit({ registrationDate: '2024-03-22' }) }));
    expect(f.severity).toBe('error');
    expect(f.message.zh).toContain('不予认定');
    expect(f.message.en).toContain('2024-03-21');
    expect(f.clause?.zh).toContain('20 日内');
  });

  it('is not checked when the policy has no registration deadline', () => {
    const late = ctx({ unit: unit({ registrationDate: '2024-09-01' }), policy: policy({ registrationDays: null }) });
    expect(precheck(INPUT, late)).toEqual([]);
  });
});

describe('DATES_INVALID', () => {
  it.each([
    ['failure after repair', input({ failureDate: '2024-06-04' }), CTX, ['DATES_INVALID@failureDate']],
    ['repair on the same day as the failure', input({ failureDate: '2024-06-03' }), CTX, []],
    ['repair in the future', input({ repairDate: '2024-06-11' }), CTX, ['DATES_INVALID@repairDate']],
    ['repair today', input({ repairDate: '2024-06-10' }), CTX, []],
    [
      'failure before the sale',
      input({ failureDate: '2024-02-29' }),
      CTX,
      ['DATES_INVALID@failureDate'],
    ],
    ['failure on the sale day', input({ failureDate: '2024-03-01' }), CTX, []],
    [
      'customer signed in the future',
      input({ customerConfirmation: { name: '张三', signedAt: '2024-06-11' } }),
      CTX,
      ['DATES_INVALID@customerConfirmation.signedAt'],
    ],
    [
      'customer signed in year 1, before the failure',
      input({ customerConfirmation: { name: '张三', signedAt: '0001-01-01' } }),
      CTX,
      ['DATES_INVALID@customerConfirmation.signedAt'],
    ],
    [
      'customer signed the day before the failure',
      input({ failureDate: '2024-06-05', repairDate: '2024-06-06', customerConfirmation: { name: '张三', signedAt: '2024-06-04' } }),
      CTX,
      ['DATES_INVALID@customerConfirmation.signedAt'],
    ],
    [
      'customer signed on the failure day',
      input({ failureDate: '2024-06-05', repairDate: '2024-06-05', customerConfirmation: { name: '张三', signedAt: '2024-06-05' } }),
      CTX,
      [],
    ],
  ])('%s', (_name, i, c, expected) => {
    expect(tags(precheck(i, c))).toEqual(expected);
  });

  it('checks dates even in the browser with no facts', () => {
    expect(tags(precheck(input({ failureDate: '2024-06-04' }), { today: '2024-06-10' }))).toEqual([
      'DATES_INVALID@failureDate',
    ]);
  });

  it('reports each broken date', () => {
    const f = precheck(input({ failureDate: '2024-06-12', repairDate: '2024-06-11' }), CTX);
    expect(tags(f)).toEqual(['DATES_INVALID@failureDate', 'DATES_INVALID@repairDate']);
    expect(f[0].message.en).toContain('2024-06-12');
  });
});
