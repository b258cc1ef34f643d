import { claimInputSchema } from '../../schemas/claim';
import { parseInput } from '../../schemas/validation-details';
import { serviceReceiptInputSchema } from '../receipt';
import { claimDraftOf } from '../claim-draft';
import { RECEIPT } from './fixtures';

const receipt = (over: object = {}) => {
  const r = parseInput(serviceReceiptInputSchema, { ...RECEIPT, coverage: 'in_warranty', ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  return r.data;
};

describe('claimDraftOf (file warranty claim in one step)', () => {
  it('prefills serial, dates in Shanghai, used parts, labour, travel and the signer, and passes the claim schema', () => {
    // Called late on 29 November Shanghai time (16:30 UTC), repaired on the 30th.
    const result = claimDraftOf({ serial: 'ZZ-2024-000123', receivedAt: '2026-11-29T16:30:00Z' }, receipt());
    expect(result).toEqual({
      ok: true,
      draft: {
        serial: 'ZZ-2024-000123',
        failureDate: '2026-11-30',
        repairDate: '2026-11-30',
        usage: null,
        remedy: 'repair',
        fault: { component: 'MOTOR', description: '电机烧毁\n更换电机总成，现场试机正常' },
        parts: [
          { partNumber: 'P-MOTOR', qty: 1 },
          { partNumber: 'P-BOLT', qty: 3 },
        ],
        labour: [{ operation: 'OP-MOTOR', hours: 2 }],
        travel: { km: 40 },
        customerConfirmation: { name: '王师傅', signedAt: '2026-11-30' },
      },
    });
    expect(result.ok && parseInput(claimInputSchema, result.draft).ok).toBe(true);
  });

  it('takes the failure date from the call, before the repair date', () => {
    const result = claimDraftOf({ serial: 'S1', receivedAt: '2026-11-27T01:00:00Z' }, receipt());
    expect(result.ok && [result.draft.failureDate, result.draft.repairDate]).toEqual(['2026-11-27', '2026-11-30']);
  });

  it('files no claim for out-of-warranty work or a request without a serial', () => {
    expect(claimDraftOf({ serial: 'S1', receivedAt: '2026-11-27T01:00:00Z' }, receipt({ coverage: 'out_of_warranty' }))).toEqual({
      ok: false,
      reason: 'RECEIPT_OUT_OF_WARRANTY',
    });
    expect(claimDraftOf({ serial: null, receivedAt: '2026-11-27T01:00:00Z' }, receipt())).toEqual({ ok: false, reason: 'CLAIM_NEEDS_SERIAL' });
  });
});
