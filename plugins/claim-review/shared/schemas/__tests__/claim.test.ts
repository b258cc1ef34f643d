import { claimCreateInputSchema, claimInputSchema } from '../claim';
import { parseInput, validationDetails } from '../validation-details';

const VALID = {
  serial: 'SN-0001',
  failureDate: '2024-06-01',
  repairDate: '2024-06-03',
  usage: { value: 1234.5, unit: 'h' },
  remedy: 'repair',
  fault: { component: 'motor', description: '电机不转' },
  parts: [{ partNumber: 'P-MOTOR', qty: 1, causal: true }],
  labour: [{ operation: 'OP-MOTOR', hours: 1.5 }],
  travel: { km: 30 },
  customerConfirmation: { name: '张三', signedAt: '2024-06-03' },
};

const fieldsOf = (data: unknown, schema = claimInputSchema) => {
  const r = parseInput(schema, data);
  return r.ok ? {} : r.fields;
};

describe('ClaimInput', () => {
  it('accepts a full claim and a minimal one', () => {
    expect(parseInput(claimInputSchema, VALID)).toEqual({ ok: true, data: VALID });
    const { usage, travel, parts, labour, ...minimal } = VALID;
    void usage;
    void travel;
    void parts;
    void labour;
    const r = parseInput(claimInputSchema, minimal);
    expect(r.ok && r.data).toMatchObject({ parts: [], labour: [] });
  });

  it('strips money, dealer and status a client sends', () => {
    const r = claimInputSchema.parse({
      ...VALID,
      price: 1,
      amount: 2,
      total: 3,
      dealer: 'D999',
      status: 'approved',
      totals: { total: 9 },
      parts: [{ ...VALID.parts[0], price: 99999, amount: 99999, unitPrice: 1 }],
      labour: [{ ...VALID.labour[0], amount: 5, rate: 7 }],
      travel: { km: 30, amount: 1 },
    });
    expect(r).toEqual(VALID);
  });

  it.each([
    ['missing serial', { serial: undefined }, { serial: 'required' }],
    ['empty serial', { serial: '  ' }, { serial: 'required' }],
    ['serial over 64', { serial: 'S'.repeat(65) }, { serial: 'too_long' }],
    ['number as serial', { serial: 12 }, { serial: 'invalid_type' }],
    ['missing fault', { fault: undefined }, { fault: 'required' }],
    ['missing description', { fault: { component: 'motor' } }, { 'fault.description': 'required' }],
    ['10,000-char description', { fault: { component: 'motor', description: 'x'.repeat(10000) } }, { 'fault.description': 'too_long' }],
    ['2,000-char description is fine', { fault: { component: 'motor', description: 'x'.repeat(2000) } }, {}],
    ['unknown remedy', { remedy: 'cash' }, { remedy: 'invalid_enum' }],
    ['missing remedy', { remedy: undefined }, { remedy: 'required' }],
    ['impossible date', { failureDate: '2023-02-29' }, { failureDate: 'invalid_date' }],
    ['month 13', { repairDate: '2024-13-01' }, { repairDate: 'invalid_date' }],
    ['timestamp as date', { repairDate: '2024-06-03T10:00:00Z' }, { repairDate: 'invalid_date' }],
    ['date as number', { repairDate: 20240603 }, { repairDate: 'invalid_type' }],
    ['negative qty', { parts: [{ partNumber: 'P', qty: -1 }] }, { 'parts.0.qty': 'too_small' }],
    ['zero qty', { parts: [{ partNumber: 'P', qty: 0 }] }, { 'parts.0.qty': 'too_small' }],
    ['fractional qty', { parts: [{ partNumber: 'P', qty: 1.5 }] }, { 'parts.0.qty': 'not_integer' }],
    ['qty as text', { parts: [{ partNumber: 'P', qty: '2' }] }, { 'parts.0.qty': 'invalid_type' }],
    ['missing qty on the second part', { parts: [{ partNumber: 'P', qty: 1 }, { partNumber: 'Q' }] }, { 'parts.1.qty': 'required' }],
    ['51 parts', { parts: Array.from({ length: 51 }, () => ({ partNumber: 'P', qty: 1 })) }, { parts: 'too_many' }],
    ['51 labour lines', { labour: Array.from({ length: 51 }, () => ({ operation: 'O', hours: 1 })) }, { labour: 'too_many' }],
    ['zero hours', { labour: [{ operation: 'O', hours: 0 }] }, { 'labour.0.hours': 'too_small' }],
    ['two decimals of hours', { labour: [{ operation: 'O', hours: 1.25 }] }, { 'labour.0.hours': 'too_precise' }],
    ['one decimal of hours is fine', { labour: [{ operation: 'O', hours: 1.1 }] }, {}],
    ['negative km', { travel: { km: -1 } }, { 'travel.km': 'too_small' }],
    ['fractional km', { travel: { km: 1.5 } }, { 'travel.km': 'not_integer' }],
    ['usage unit miles', { usage: { value: 1, unit: 'mi' } }, { 'usage.unit': 'invalid_enum' }],
    ['missing signature date', { customerConfirmation: { name: '张三' } }, { 'customerConfirmation.signedAt': 'required' }],
    ['infinite usage', { usage: { value: Infinity, unit: 'h' } }, { 'usage.value': 'invalid_type' }],
  ])('%s', (_name, patch, fields) => {
    expect(fieldsOf({ ...VALID, ...patch })).toEqual(fields);
  });

  it('reports a body that is not an object at the root', () => {
    expect(fieldsOf([])).toEqual({ _root: 'invalid_type' });
    expect(fieldsOf(undefined)).toEqual({ _root: 'required' });
  });

  it('reports every broken field at once', () => {
    expect(fieldsOf({ ...VALID, serial: '', remedy: 'x', parts: [{ partNumber: 'P', qty: -2 }] })).toEqual({
      serial: 'required',
      remedy: 'invalid_enum',
      'parts.0.qty': 'too_small',
    });
  });

  it('accepts null for the optional objects', () => {
    expect(parseInput(claimInputSchema, { ...VALID, usage: null, travel: null }).ok).toBe(true);
  });

  it('create takes submit and nothing else new', () => {
    expect(claimCreateInputSchema.parse({ ...VALID, submit: true, status: 'approved' })).toEqual({ ...VALID, submit: true });
    expect(fieldsOf({ ...VALID, submit: 'yes' }, claimCreateInputSchema)).toEqual({ submit: 'invalid_type' });
  });
});

describe('validationDetails without parseInput’s error map', () => {
  it('still reads a missing field as required from zod’s default message', () => {
    const r = claimInputSchema.safeParse({ ...VALID, serial: undefined, parts: [{ partNumber: 'P', qty: 0 }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(validationDetails(r.error)).toEqual({ serial: 'required', 'parts.0.qty': 'too_small' });
  });
});
