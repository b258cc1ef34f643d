import type { Shipment } from '@shared/contracts/shipment';
import { claim } from '../../../test/fixtures';
import { returnCandidates } from '../candidates';

describe('return candidates', () => {
  it('owes approved must-return quantities less what earlier shipments carried', () => {
    const c = claim({
      number: 'C1',
      returnDueDate: '2024-12-31',
      lines: [
        { id: 1, kind: 'part', ref: 'P1', qty: 3, adjustedQty: 2, unitPrice: 1, amount: 3, payable: 2, mustReturn: true, decision: 'adjust' },
        { id: 2, kind: 'part', ref: 'P2', qty: 1, unitPrice: 1, amount: 1, payable: 1 },
        { id: 3, kind: 'part', ref: 'P3', qty: 1, unitPrice: 1, amount: 1, payable: 1, mustReturn: false },
        { id: 4, kind: 'labour', ref: 'OP', hours: 1, unitPrice: 1, amount: 1, payable: 1 },
      ],
    });
    const shipped: Shipment[] = [
      { id: 1, number: 'R1', carrier: 'x', trackingNumber: 'y', status: 'shipped', parts: [{ id: 1, claimNumber: 'C1', partNumber: 'P1', qty: 1 }, { id: 2, claimNumber: 'C1', partNumber: 'P2', qty: 1 }] },
    ];
    expect(returnCandidates([c], shipped).map((x) => [x.partNumber, x.qty, x.dueDate])).toEqual([['P1', 1, '2024-12-31']]);
  });
});
