import { parseInput } from '../../schemas/validation-details';
import { isServiceRequestNumber, serviceRequestInputSchema, serviceRequestNumber, suggestDealer, triageInputSchema } from '../request';

const CALL = {
  channel: 'phone',
  caller: { name: '王师傅', phone: '+86 138-1234-5678', address: { region: '山东省济南市历城区', line: '工业北路 88 号食堂' } },
  unit: { serial: 'ZZ-2024-000123' },
  symptom: '灶具点不着火',
  receivedAt: '2026-11-30T09:05:00+08:00',
};

describe('serviceRequestInputSchema (产品售后服务登记表)', () => {
  it('takes a phone call with the unit by serial and stores the phone in its normal form', () => {
    const r = parseInput(serviceRequestInputSchema, CALL);
    expect(r.ok && r.data.caller.phone).toBe('13812345678');
    expect(r.ok && r.data.unit.serial).toBe('ZZ-2024-000123');
  });

  it('takes the model and purchase date when the caller has no serial', () => {
    const r = parseInput(serviceRequestInputSchema, { ...CALL, channel: 'letter', unit: { model: 'ZJ-80', purchaseDate: '2025-03-01' } });
    expect(r.ok).toBe(true);
  });

  it('asks for model and purchase date when there is no serial', () => {
    expect(parseInput(serviceRequestInputSchema, { ...CALL, unit: {} })).toEqual({
      ok: false,
      fields: { 'unit.model': 'required', 'unit.purchaseDate': 'required' },
    });
    expect(parseInput(serviceRequestInputSchema, { ...CALL, unit: { model: 'ZJ-80', purchaseDate: '2025-02-30' } })).toEqual({
      ok: false,
      fields: { 'unit.purchaseDate': 'invalid_date' },
    });
  });

  it('refuses a phone that is not a Chinese mobile or landline with phone_invalid', () => {
    expect(parseInput(serviceRequestInputSchema, { ...CALL, caller: { ...CALL.caller, phone: '12345' } })).toEqual({
      ok: false,
      fields: { 'caller.phone': 'phone_invalid' },
    });
  });

  it('refuses an unknown channel, a missing symptom and a time without zone', () => {
    expect(parseInput(serviceRequestInputSchema, { ...CALL, channel: 'fax', symptom: ' ', receivedAt: '2026-11-30 09:05' })).toEqual({
      ok: false,
      fields: { channel: 'invalid_enum', symptom: 'required', receivedAt: 'invalid_format' },
    });
  });
});

describe('triageInputSchema', () => {
  it('takes guidance with a note, dispatch to a dealer, and closed with a reason', () => {
    expect(parseInput(triageInputSchema, { outcome: 'guidance', note: '指导客户清理喷嘴' }).ok).toBe(true);
    expect(parseInput(triageInputSchema, { outcome: 'dispatch', dealer: 'D007' }).ok).toBe(true);
    expect(parseInput(triageInputSchema, { outcome: 'closed' })).toEqual({ ok: false, fields: { reason: 'required' } });
    expect(parseInput(triageInputSchema, { outcome: 'dispatch', dealer: '' })).toEqual({ ok: false, fields: { dealer: 'required' } });
    // A row id is not a dealer: dealers are named by code.
    expect(parseInput(triageInputSchema, { outcome: 'dispatch', dealerId: 7 })).toEqual({ ok: false, fields: { dealer: 'required' } });
  });
});

describe('serviceRequestNumber', () => {
  it('formats SR-YYYYMM-NNNNN from the business date and the month counter', () => {
    expect(serviceRequestNumber('2026-12-03', 42)).toBe('SR-202612-00042');
    expect(serviceRequestNumber('2026-01-31', 99_999)).toBe('SR-202601-99999');
    expect(isServiceRequestNumber('SR-202612-00042')).toBe(true);
    expect(isServiceRequestNumber('CR-202612-00042')).toBe(false);
    expect(isServiceRequestNumber('SR-202613-00042')).toBe(false);
  });

  it('refuses a counter it cannot write in five digits', () => {
    expect(() => serviceRequestNumber('2026-12-03', 100_000)).toThrow(RangeError);
    expect(() => serviceRequestNumber('2026-12-03', 0)).toThrow(RangeError);
    expect(() => serviceRequestNumber('20261203', 1)).toThrow(RangeError);
  });
});

describe('suggestDealer', () => {
  it('suggests the selling dealer, else the first active dealer of the region, else nobody', () => {
    expect(suggestDealer('D3', ['D1', 'D2', 'D3'], ['D2'])).toEqual({ dealer: 'D3', basis: 'selling_dealer' });
    expect(suggestDealer('D3', ['D1', 'D2'], ['D3', 'D2'])).toEqual({ dealer: 'D2', basis: 'region' });
    expect(suggestDealer(null, ['D1'], ['D4'])).toBeNull();
  });
});
