import type { QuoteContext } from '../../contracts';
import { parseInput } from '../../schemas/validation-details';
import { priceQuote } from '../../pricing/quote';
import { OPERATIONS, PARTS, RATE } from '../../precheck/__tests__/fixtures';
import { RECEIPT, SIGNATURE } from './fixtures';
import { isSatisfied, partsCorrectness, receiptCharge, SATISFACTION_LABELS, serviceReceiptInputSchema, SIGNATURE_MAX_BYTES, type ServiceReceiptInput } from '../receipt';

const CTX: QuoteContext = { today: '2024-06-10', tier: 2, parts: PARTS, operations: OPERATIONS, rate: RATE };
const parsed = (body: unknown): ServiceReceiptInput => {
  const r = parseInput(serviceReceiptInputSchema, body);
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  return r.data;
};

describe('serviceReceiptInputSchema (维修服务回执单)', () => {
  it('takes a full receipt and ignores a client-sent charge or hash', () => {
    const r = parsed({ ...RECEIPT, charge: 1, signatureSha256: 'abc' });
    expect(r).not.toHaveProperty('charge');
    expect(r).not.toHaveProperty('signatureSha256');
  });

  it('takes only a PNG data URL within the bound as the signature', () => {
    const withSignature = (signature: string) => parseInput(serviceReceiptInputSchema, { ...RECEIPT, acceptance: { name: '王师傅', signature } });
    expect(withSignature('data:image/jpeg;base64,/9j/4AAQSkZJRg==')).toEqual({ ok: false, fields: { 'acceptance.signature': 'signature_invalid' } });
    expect(withSignature('data:image/png;base64,R0lGODlhAQABAAAAACw=')).toEqual({ ok: false, fields: { 'acceptance.signature': 'signature_invalid' } });
    expect(withSignature(`${SIGNATURE}!`)).toEqual({ ok: false, fields: { 'acceptance.signature': 'signature_invalid' } });
    const huge = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4)}`;
    expect(withSignature(huge)).toEqual({ ok: false, fields: { 'acceptance.signature': 'too_long' } });
    const png = (bytes: number) => `data:image/png;base64,${Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(bytes - 8)]).toString('base64')}`;
    expect(withSignature(png(SIGNATURE_MAX_BYTES))).toMatchObject({ ok: true });
    expect(withSignature(png(SIGNATURE_MAX_BYTES + 1))).toEqual({ ok: false, fields: { 'acceptance.signature': 'too_long' } });
  });

  it('takes satisfaction 1–5 only, and a part line that issued or used something', () => {
    expect(parseInput(serviceReceiptInputSchema, { ...RECEIPT, satisfaction: 6 })).toEqual({ ok: false, fields: { satisfaction: 'too_big' } });
    expect(parseInput(serviceReceiptInputSchema, { ...RECEIPT, satisfaction: 2.5 })).toEqual({ ok: false, fields: { satisfaction: 'not_integer' } });
    expect(
      parseInput(serviceReceiptInputSchema, { ...RECEIPT, parts: [{ partNumber: 'P-BOLT', qtyIssued: 0, qtyUsed: 0, correct: true }] }),
    ).toEqual({ ok: false, fields: { 'parts.0.qtyUsed': 'too_small' } });
  });

  it('labels the scale 非常满意 … 非常不满意 and counts 满意 or better as satisfied', () => {
    expect([5, 4, 3, 2, 1].map((s) => SATISFACTION_LABELS[s as 1].zh)).toEqual(['非常满意', '满意', '一般', '不满意', '非常不满意']);
    expect([5, 4, 3, 2, 1].map(isSatisfied)).toEqual([true, true, false, false, false]);
  });
});

describe('receiptCharge', () => {
  it('charges an out-of-warranty customer exactly the quote of the parts used, the labour and the travel', () => {
    const receipt = parsed(RECEIPT);
    const charge = receiptCharge(receipt, 'M1', CTX);
    const quote = priceQuote(
      {
        model: 'M1',
        parts: [
          { partNumber: 'P-MOTOR', qty: 1 },
          { partNumber: 'P-BOLT', qty: 3 },
        ],
        labour: [{ operation: 'OP-MOTOR', hours: 2 }],
        travelKm: 40,
      },
      CTX,
    );
    expect(charge).toEqual(quote);
    // Parts 800.00 + 4.50, VAT 104.00 + 0.59, labour 2 h × 40.00, travel 40 km × 1.50, logistics 20.00.
    expect(charge?.totals).toEqual({ parts: 80450, tax: 10459, labour: 8000, travel: 6000, logistics: 2000, total: 106909 });
  });

  it('names the receipt line of a part the quote leaves out, not the quote line', () => {
    const receipt = parsed({
      ...RECEIPT,
      parts: [
        { partNumber: 'P-BOLT', qtyIssued: 1, qtyUsed: 0, correct: true },
        { partNumber: 'P-CORE', qtyIssued: 1, qtyUsed: 1, correct: true },
      ],
    });
    expect(receiptCharge(receipt, 'M1', CTX)?.findings.map((f) => `${f.code}@${f.field}`)).toEqual(['PART_CORE@parts.1.partNumber']);
  });

  it('charges nothing in warranty (seed 002 4.7.2)', () => {
    expect(receiptCharge(parsed({ ...RECEIPT, coverage: 'in_warranty' }), 'M1', CTX)).toBeNull();
  });
});

describe('partsCorrectness', () => {
  it('counts the part lines that were right for the job', () => {
    expect(partsCorrectness(parsed(RECEIPT).parts)).toEqual({ lines: 3, correct: 2 });
  });
});
