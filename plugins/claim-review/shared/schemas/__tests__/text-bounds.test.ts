import { claimInputSchema, idempotencyKeySchema, parseInput, registrationInputSchema } from '../index';

const claim = {
  serial: 'LSB0001',
  failureDate: '2024-06-01',
  repairDate: '2024-06-02',
  remedy: 'repair',
  fault: { component: 'motor', description: 'noise' },
  customerConfirmation: { name: '张三', signedAt: '2024-06-02' },
};

describe('text the databases can hold', () => {
  it('half a surrogate pair anywhere in a text is invalid_text; a whole pair (an emoji) is text', () => {
    expect(parseInput(claimInputSchema, { ...claim, fault: { component: 'motor', description: 'a\uD800b' } })).toEqual({ ok: false, fields: { 'fault.description': 'invalid_text' } });
    expect(parseInput(claimInputSchema, { ...claim, customerConfirmation: { name: '\uDC00', signedAt: '2024-06-02' } })).toEqual({ ok: false, fields: { 'customerConfirmation.name': 'invalid_text' } });
    expect(parseInput(claimInputSchema, { ...claim, fault: { component: 'motor', description: '异响🔧' } }).ok).toBe(true);
  });

  it('a customer address holds 300 characters, not 301', () => {
    const body = (address: string) => ({ serial: 'LSB0001', saleDate: '2024-06-01', customer: { name: '张三', phone: '13800000000', address } });
    expect(parseInput(registrationInputSchema, body('地'.repeat(300))).ok).toBe(true);
    expect(parseInput(registrationInputSchema, body('地'.repeat(301)))).toEqual({ ok: false, fields: { 'customer.address': 'too_long' } });
  });

  it('an Idempotency-Key is 1–128 printable ASCII characters', () => {
    expect(parseInput(idempotencyKeySchema(), 'k'.repeat(128)).ok).toBe(true);
    expect(parseInput(idempotencyKeySchema(), 'read back a draft').ok).toBe(true);
    expect(parseInput(idempotencyKeySchema(), 'k'.repeat(129))).toEqual({ ok: false, fields: { _root: 'too_long' } });
    expect(parseInput(idempotencyKeySchema(), 'clé')).toEqual({ ok: false, fields: { _root: 'invalid_format' } });
  });
});
