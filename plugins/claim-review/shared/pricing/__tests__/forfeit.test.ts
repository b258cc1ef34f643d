import type { ClaimLine } from '../../contracts';
import { forfeitLines, RETURN_FORFEITED_REASON } from '../forfeit';

const lines: ClaimLine[] = [
  { id: 1, kind: 'part', ref: 'P-MOTOR', qty: 1, unitPrice: 120000, amount: 120000, decision: 'accept', payable: 120000 },
  { id: 2, kind: 'part', ref: 'P-CTRL', qty: 1, unitPrice: 45000, amount: 45000, decision: 'accept', payable: 45000 },
  { id: 3, kind: 'labour', ref: 'OP-MOTOR', hours: 1.5, unitPrice: 5000, amount: 7500, decision: 'accept', payable: 7500 },
];

describe('forfeitLines: parts never returned are not paid', () => {
  it('zeroes the forfeited line with its reason, keeps the claimed amount and the rest', () => {
    const { lines: out, totals } = forfeitLines(lines, ['2']);
    expect(out[1]).toMatchObject({ payable: 0, amount: 45000, reasonCode: RETURN_FORFEITED_REASON, inspection: 'not_received' });
    expect(out[0].payable).toBe(120000);
    expect(out[2].payable).toBe(7500);
    // ¥1,200 motor + ¥75 labour remain payable of ¥1,725 claimed.
    expect(totals).toMatchObject({ total: 172500, payable: 127500 });
  });

  it('never forfeits a labour line, and changes nothing for no ids', () => {
    expect(forfeitLines(lines, [3]).totals.payable).toBe(172500);
    expect(forfeitLines(lines, []).lines).toEqual(lines);
  });
});
