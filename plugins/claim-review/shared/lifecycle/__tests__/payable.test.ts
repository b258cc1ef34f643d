import { CLAIM_STATES } from '../claim-machine';
import { isPayableDecided, travelKm } from '../payable';

describe('payable before and after the decision', () => {
  it('is pending from draft until the reviewer decides, and decided from then on', () => {
    const decided = CLAIM_STATES.filter(isPayableDecided);
    expect(decided).toEqual(['rejected', 'approved', 'partially_approved', 'awaiting_parts', 'ready_to_settle', 'settled']);
  });
});

describe('travel paid up to the cap', () => {
  it('shows 180 km claimed against 100 km paid when the rate caps at 100 km', () => {
    // 2.00 yuan a km: 100 km paid is 200.00 yuan.
    expect(travelKm({ kind: 'travel', km: 180, unitPrice: 200, amount: 20_000 })).toEqual({ claimed: 180, paid: 100, capped: true });
  });

  it('is not capped when every km claimed is paid, half km included', () => {
    expect(travelKm({ kind: 'travel', km: 42.5, unitPrice: 200, amount: 8_500 })).toEqual({ claimed: 42.5, paid: 42.5, capped: false });
  });

  it('has nothing to say about parts, labour, or travel with no per-km rate', () => {
    expect(travelKm({ kind: 'part', unitPrice: 5_000, amount: 5_000 })).toBeNull();
    expect(travelKm({ kind: 'travel', km: 30, unitPrice: 0, amount: 0 })).toBeNull();
  });
});
