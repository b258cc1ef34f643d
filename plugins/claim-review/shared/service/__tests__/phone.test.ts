import { maskPhone, normalisePhone } from '../phone';

describe('normalisePhone', () => {
  it.each([
    ['13812345678', 'mobile', '13812345678'],
    ['138 1234 5678', 'mobile', '13812345678'],
    ['138-1234-5678', 'mobile', '13812345678'],
    ['+86 138 1234 5678', 'mobile', '13812345678'],
    ['0086-13812345678', 'mobile', '13812345678'],
    ['8613812345678', 'mobile', '13812345678'],
    ['19912345678', 'mobile', '19912345678'],
    ['010-12345678', 'landline', null],
    ['010-62345678', 'landline', '010-62345678'],
    ['(010) 6234 5678', 'landline', '010-62345678'],
    ['（0531）88886666', 'landline', '0531-88886666'],
    ['021.6234.5678', 'landline', '021-62345678'],
    ['0531-8888666', 'landline', '0531-8888666'],
    ['+86 531 8888 6666', 'landline', '0531-88886666'],
    ['+86 10 62345678', 'landline', '010-62345678'],
    ['010-62345678-123', 'landline', '010-62345678-123'],
    ['0531-88886666 转 8021', 'landline', '0531-88886666-8021'],
    ['021 62345678 ext. 55', 'landline', '021-62345678-55'],
  ] as const)('%s is a %s', (raw, kind, normalised) => {
    const r = normalisePhone(raw);
    if (normalised === null) {
      // Local numbers never start with 0 or 1: 010-12345678 is not a number.
      expect(r).toEqual({ ok: false, code: 'PHONE_INVALID' });
    } else {
      expect(r).toEqual({ ok: true, kind, normalised });
    }
  });

  it.each([
    '',
    '12812345678', // 12x is not a mobile prefix
    '1381234567', // 10 digits
    '138123456789', // 12 digits
    '62345678', // no area code
    '0531-123456', // 6-digit local number
    '0531-888866661', // 9-digit local number
    '+1 415 555 0100',
    '138abcd5678',
    '0531-88886666 转 12345678', // extension too long
    '1'.repeat(60),
  ])('refuses %p with PHONE_INVALID', (raw) => {
    expect(normalisePhone(raw)).toEqual({ ok: false, code: 'PHONE_INVALID' });
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile, the area code and last four of a landline', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('0531-88886666')).toBe('0531-****6666');
    expect(maskPhone('010-62345678-123')).toBe('010-****5678');
    expect(maskPhone('not a phone')).toBe('****');
  });
});
