import { registrationInputSchema } from '../registration';
import { shipmentInputSchema } from '../shipment';
import { quoteInputSchema } from '../quote';
import { answerInputSchema, decisionInputSchema, inspectionInputSchema } from '../review';
import { settlementCreateInputSchema } from '../settlement';
import {
  analyticsQuerySchema,
  claimListQuerySchema,
  listQuerySchema,
  staffClaimListQuerySchema,
} from '../list-query';
import { fieldMessages, parseInput } from '../validation-details';
import type { z } from 'zod';

const fieldsOf = (schema: z.ZodType, data: unknown) => {
  const r = parseInput(schema, data);
  return r.ok ? {} : r.fields;
};

describe('RegistrationInput', () => {
  const VALID = {
    serial: 'SN-1',
    saleDate: '2024-02-29',
    customer: { name: '王五', phone: '+86 138-0000-0000', address: '山东省济南市' },
  };
  it('keeps line breaks and tabs in an address', () => {
    const address = '山东省济南市\n历下区\t1号';
    expect(registrationInputSchema.parse({ ...VALID, customer: { ...VALID.customer, address } }).customer.address).toBe(address);
  });
  it('accepts a sale and strips extras', () => {
    expect(registrationInputSchema.parse({ ...VALID, dealer: 'D9', registrationDate: '2020-01-01' })).toEqual({
      ...VALID,
      customer: { ...VALID.customer, phone: '13800000000' },
    });
  });
  it('keeps a landline with its area code, in normal form', () => {
    expect(registrationInputSchema.parse({ ...VALID, customer: { ...VALID.customer, phone: '(0531) 8888 6666' } }).customer.phone).toBe('0531-88886666');
  });
  it.each([
    [{ saleDate: '2023-02-29' }, { saleDate: 'invalid_date' }],
    [{ customer: { ...VALID.customer, phone: 'call me' } }, { 'customer.phone': 'phone_invalid' }],
    // Issue #18: a number nobody can call back is refused, not stored.
    [{ customer: { ...VALID.customer, phone: '123' } }, { 'customer.phone': 'phone_invalid' }],
    [{ customer: { ...VALID.customer, phone: '  ' } }, { 'customer.phone': 'required' }],
    [{ customer: { ...VALID.customer, address: 'x'.repeat(301) } }, { 'customer.address': 'too_long' }],
    [{ customer: { name: '王五' } }, { 'customer.phone': 'required', 'customer.address': 'required' }],
    [{ usage: { value: -1, unit: 'h' } }, { 'usage.value': 'too_small' }],
    // PostgreSQL refuses NUL in text; other control characters are never typed.
    [{ serial: 'SN\u00001' }, { serial: 'invalid_characters' }],
    [{ customer: { ...VALID.customer, name: '王\u001b五', address: '济南\u0000' } }, { 'customer.name': 'invalid_characters', 'customer.address': 'invalid_characters' }],
  ])('%j', (patch, fields) => {
    expect(fieldsOf(registrationInputSchema, { ...VALID, ...patch })).toEqual(fields);
  });
});

describe('ShipmentInput', () => {
  const VALID = { carrier: '顺丰', trackingNumber: 'SF123', parts: [{ claimNumber: 'C-1', partNumber: 'P-1', qty: 1 }] };
  it('accepts a shipment', () => expect(fieldsOf(shipmentInputSchema, VALID)).toEqual({}));
  it.each([
    [{ parts: [] }, { parts: 'too_few' }],
    [{ parts: [{ claimNumber: 'C-1', partNumber: 'P-1', qty: 0 }] }, { 'parts.0.qty': 'too_small' }],
    [{ trackingNumber: undefined }, { trackingNumber: 'required' }],
  ])('%j', (patch, fields) => expect(fieldsOf(shipmentInputSchema, { ...VALID, ...patch })).toEqual(fields));
});

describe('QuoteInput', () => {
  it('hours are optional per labour line', () => {
    const r = parseInput(quoteInputSchema, { model: 'M1', labour: [{ operation: 'OP' }], travelKm: 10, total: 1 });
    expect(r).toEqual({ ok: true, data: { model: 'M1', parts: [], labour: [{ operation: 'OP' }], travelKm: 10 } });
    expect(fieldsOf(quoteInputSchema, { model: 'M1', labour: [{ operation: 'OP', hours: 0.25 }] })).toEqual({
      'labour.0.hours': 'too_precise',
    });
  });
});

describe('AnswerInput and InspectionInput', () => {
  it.each([
    [answerInputSchema, { message: '' }, { message: 'required' }],
    [answerInputSchema, { message: 'x'.repeat(2001) }, { message: 'too_long' }],
    [inspectionInputSchema, { result: 'confirmed', disposition: 'scrap' }, {}],
    [inspectionInputSchema, { result: 'broken', disposition: 'scrap' }, { result: 'invalid_enum' }],
    [inspectionInputSchema, { result: 'no_fault' }, { disposition: 'required' }],
    [inspectionInputSchema, { result: 'misuse', disposition: 'reusable', note: 'y'.repeat(2001) }, { note: 'too_long' }],
  ] as [z.ZodType, unknown, object][])('%#', (schema, body, fields) => expect(fieldsOf(schema, body)).toEqual(fields));
});

describe('DecisionInput', () => {
  it.each([
    [{ decision: 'approve' }, {}],
    [{ decision: 'approve', comment: 'ok', lines: [{ id: 1, action: 'accept' }] }, {}],
    [{ decision: 'reject', comment: '' }, { comment: 'required' }],
    [{ decision: 'request_info' }, { comment: 'required' }],
    [{ decision: 'request_info', comment: '请提供照片' }, {}],
    [{ decision: 'partial', comment: 'x' }, { lines: 'required' }],
    [{ decision: 'partial', comment: 'x', lines: [{ id: 1, action: 'accept' }] }, { lines: 'required' }],
    [{ decision: 'partial', comment: 'x', lines: [{ id: '7', action: 'adjust', qty: 1, reasonCode: 'NOT_REQUIRED' }] }, {}],
    [{ decision: 'partial', comment: 'x', lines: [{ id: 1, action: 'reject' }] }, { 'lines.0.reasonCode': 'required' }],
    [{ decision: 'approve', lines: [{ id: 1, action: 'adjust', hours: 1.25, reasonCode: 'X' }] }, { 'lines.0.hours': 'too_precise' }],
    [{ decision: 'approve', lines: [{ id: 1, action: 'adjust', qty: -1, reasonCode: 'X' }] }, { 'lines.0.qty': 'too_small' }],
    [{ decision: 'maybe' }, { decision: 'invalid_enum' }],
    [{ decision: 'approve', lines: [{ id: true, action: 'accept' }] }, { 'lines.0.id': 'invalid_type' }],
  ])('%j', (body, fields) => expect(fieldsOf(decisionInputSchema, body)).toEqual(fields));

  it('defaults the comment and strips money', () => {
    expect(decisionInputSchema.parse({ decision: 'approve', amount: 5 })).toEqual({ decision: 'approve', comment: '' });
  });
});

describe('SettlementCreateInput', () => {
  it.each([
    [{ dealer: 'D001', periodStart: '2024-06-01', periodEnd: '2024-06-30' }, {}],
    [{ dealer: 'D001', periodStart: '2024-06-01', periodEnd: '2024-06-01' }, {}],
    [{ dealer: 'D001', periodStart: '2024-06-01', periodEnd: '2024-05-31' }, { periodEnd: 'invalid_range' }],
    [{ periodStart: '2024-06-01', periodEnd: '2024-06-31' }, { dealer: 'required', periodEnd: 'invalid_date' }],
  ])('%j', (body, fields) => expect(fieldsOf(settlementCreateInputSchema, body)).toEqual(fields));
});

describe('list queries', () => {
  it('default page 1 and pageSize 25', () => {
    expect(listQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25 });
  });
  it('read numbers and flags from query strings, blank as absent', () => {
    expect(claimListQuerySchema.parse({ page: '2', pageSize: '100', status: 'in_review', q: ' SN ' })).toEqual({
      page: 2,
      pageSize: 100,
      status: 'in_review',
      q: 'SN',
    });
    expect(claimListQuerySchema.parse({ status: '', q: '' })).toEqual({ page: 1, pageSize: 25 });
    expect(staffClaimListQuerySchema.parse({ overdue: 'false', dealer: 'D001' })).toMatchObject({ overdue: false, dealer: 'D001' });
    expect(staffClaimListQuerySchema.parse({ overdue: '1' })).toMatchObject({ overdue: true });
    expect(analyticsQuerySchema.parse({})).toEqual({ groupBy: 'part' });
  });
  it.each([
    [{ page: '0' }, { page: 'too_small' }],
    [{ pageSize: '101' }, { pageSize: 'too_big' }],
    [{ pageSize: '0' }, { pageSize: 'too_small' }],
    [{ page: 'abc' }, { page: 'invalid_type' }],
    [{ page: '1.5' }, { page: 'not_integer' }],
    [{ status: 'lost' }, { status: 'invalid_enum' }],
  ])('%j', (q, fields) => expect(fieldsOf(claimListQuerySchema, q)).toEqual(fields));
  it('refuses an overdue flag it cannot read', () => {
    expect(fieldsOf(staffClaimListQuerySchema, { overdue: 'yes' })).toEqual({ overdue: 'invalid_enum' });
    expect(fieldsOf(analyticsQuerySchema, { groupBy: 'colour', from: '2024-02-30' })).toEqual({
      groupBy: 'invalid_enum',
      from: 'invalid_date',
    });
  });
});

describe('fieldMessages', () => {
  it('gives each field’s code in both languages', () => {
    expect(fieldMessages({ 'parts.0.qty': 'too_small', serial: 'required', odd: 'nonsense' })).toEqual({
      'parts.0.qty': { zh: '数值过小', en: 'Too small' },
      serial: { zh: '必填', en: 'Required' },
      odd: { zh: '无效', en: 'Invalid' },
    });
  });
});
