import fc from 'fast-check';
import {
  anomalyFlags,
  dealerSpikeFlag,
  labourOutlierFlags,
  peerStats,
  repeatedComponentFlag,
  reusedPhotoFlags,
  spotCheckFailedFlag,
  type DealerSpikeFacts,
  type PeerSums,
} from '../anomalies';
import { DEFAULT_QUALITY_SETTINGS as S } from '../settings';

// Rest of the network: 20 claims over 1,000 unit-months → (20 + ½) / 1000 × 100 = 2.05 expected for the dealer.
const dealer = (claims: number, over: Partial<DealerSpikeFacts> = {}): DealerSpikeFacts => ({
  dealerCode: 'D-EAST',
  windowDays: 90,
  claims,
  exposureUnitMonths: 100,
  networkClaims: 20 + claims,
  networkExposureUnitMonths: 1100,
  ...over,
});

describe('dealer claim spike', () => {
  it.each([
    [8, true], // 3.9× expected, p = 0.0013
    [6, false], // 2.9×, p = 0.018: not below α = 0.01
    [4, false], // fewer than 5 claims
  ])('%d claims where 2.05 are expected → flagged: %s', (claims, flagged) => {
    const flag = dealerSpikeFlag(dealer(claims), S);
    expect(Boolean(flag)).toBe(flagged);
    if (flag) {
      expect(flag).toMatchObject({ code: 'DEALER_CLAIM_SPIKE', severity: 'warning', params: { dealer: 'D-EAST', claims: 8, expected: '2.05', ratio: '3.9' } });
      expect(flag.params.pValue).toBeCloseTo(0.00128, 5);
      expect(flag.message.zh).toBe('经销商 D-EAST 近 90 天索赔 8 单，按其销量（在用 100 台·月）应约 2.05 单（3.9 倍）');
    }
  });

  it('has nothing to compare with when the dealer sold nothing or is the whole network', () => {
    expect(dealerSpikeFlag(dealer(30, { exposureUnitMonths: 0 }), S)).toBeNull();
    expect(dealerSpikeFlag(dealer(30, { networkExposureUnitMonths: 100 }), S)).toBeNull();
  });

  it('flags more claims whenever it flags fewer (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 20 }), fc.double({ min: 1, max: 2000, noNaN: true }), (claims, more, exposure) => {
        const f = dealer(claims, { exposureUnitMonths: exposure, networkExposureUnitMonths: exposure + 1000 });
        if (dealerSpikeFlag(f, S)) expect(dealerSpikeFlag({ ...f, claims: claims + more, networkClaims: f.networkClaims + more }, S)).not.toBeNull();
      }),
    );
  });
});

describe('labour hours against other dealers', () => {
  const sums = (tenths: number[]): PeerSums => ({ count: tenths.length, sum: tenths.reduce((a, b) => a + b, 0), sumSquares: tenths.reduce((a, b) => a + b * b, 0) });
  // Peers 1.0, 1.2, 1.1, 0.9, 1.0, 1.3 h: mean 1.083, sd 0.134 → flag at ≥ 1.5 × mean (1.625 h) and > mean + 3 sd (1.486 h).
  const peers = sums([10, 12, 11, 9, 10, 13]);

  it.each([
    [17, peers, true],
    [16, peers, false],
    [30, sums([10, 12, 11, 9]), false], // too few peers
    [30, sums([]), false],
  ])('%d tenths → flagged: %s', (hoursTenths, p, flagged) => {
    const flags = labourOutlierFlags([{ operation: 'OP-MOTOR', hoursTenths, peers: p }], S);
    expect(flags.length).toBe(flagged ? 1 : 0);
    if (flagged) expect(flags[0].params).toMatchObject({ operation: 'OP-MOTOR', hours: 1.7, mean: '1.08', count: 6 });
  });

  it('computes mean and standard deviation from sums', () => {
    expect(peerStats(sums([2, 4, 4, 4, 5, 5, 7, 9]))).toEqual({ count: 8, mean: 5, sd: 2 });
    expect(peerStats(sums([]))).toEqual({ count: 0, mean: 0, sd: 0 });
  });

  it('never flags hours at or below the peers\' mean (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 5, maxLength: 50 }), (tenths) => {
        const p = sums(tenths);
        const mean = Math.floor(p.sum / p.count);
        expect(labourOutlierFlags([{ operation: 'X', hoursTenths: mean, peers: p }], S)).toEqual([]);
      }),
    );
  });
});

describe('same unit, same component, again and again', () => {
  const facts = (others: Array<[string, string]>) => ({
    serial: 'LSB001',
    component: 'motor',
    failureDate: '2026-06-30',
    others: others.map(([number, failureDate]) => ({ number, failureDate })),
  });

  it.each([
    [[['CR-3', '2026-05-01'], ['CR-1', '2026-01-10']], true, ['CR-1', 'CR-3']],
    [[['CR-1', '2026-01-10']], false, []],
    [[['CR-1', '2025-01-10'], ['CR-3', '2026-05-01']], false, []], // the first one is more than 365 days back
  ] as Array<[Array<[string, string]>, boolean, string[]]>)('%j → flagged: %s', (others, flagged, related) => {
    const flag = repeatedComponentFlag(facts(others), S);
    expect(Boolean(flag)).toBe(flagged);
    if (flag) {
      expect(flag.relatedClaims).toEqual(related);
      expect(flag.message.en).toBe('Claim no. 3 for motor on unit LSB001 within 365 days');
    }
  });
});

describe('reused photos', () => {
  it('flags each photo another claim already holds, naming those claims once', () => {
    const flags = reusedPhotoFlags([
      { fileName: 'a.jpg', sha256: 'aa', otherClaims: ['CR-9', 'CR-2', 'CR-9'] },
      { fileName: 'b.jpg', sha256: 'bb', otherClaims: [] },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ code: 'PHOTO_REUSED', relatedClaims: ['CR-2', 'CR-9'], params: { file: 'a.jpg', claims: 'CR-2, CR-9' } });
  });
});

describe('anomalyFlags', () => {
  it('lists dealer, labour, unit history and photo flags in that order, and nothing for a clean claim', () => {
    const all = anomalyFlags(
      {
        dealer: dealer(8),
        labour: [{ operation: 'OP-MOTOR', hoursTenths: 40, peers: { count: 5, sum: 50, sumSquares: 500 } }],
        repeat: { serial: 'S', component: 'motor', failureDate: '2026-06-30', others: [{ number: 'A', failureDate: '2026-06-01' }, { number: 'B', failureDate: '2026-06-10' }] },
        photos: [{ fileName: 'p.jpg', sha256: 'x', otherClaims: ['C'] }],
      },
      S,
    );
    expect(all.map((f) => f.code)).toEqual(['DEALER_CLAIM_SPIKE', 'LABOUR_HOURS_OUTLIER', 'REPEATED_UNIT_COMPONENT', 'PHOTO_REUSED']);
    expect(anomalyFlags({ dealer: null, labour: [], repeat: null, photos: [] }, S)).toEqual([]);
  });
});

describe('failed spot checks of the dealer', () => {
  it('flags a dealer with a failed spot check in the window, naming the claims, and nothing without one', () => {
    const flag = spotCheckFailedFlag({ dealerCode: 'D-EAST', days: 180, failedClaims: ['CR-202612-00009', 'CR-202612-00003'] });
    expect(flag).toMatchObject({ code: 'DEALER_SPOT_CHECK_FAILED', relatedClaims: ['CR-202612-00009', 'CR-202612-00003'], params: { count: 2 } });
    expect(flag!.message.zh).toContain('抽查不合格');
    expect(spotCheckFailedFlag({ dealerCode: 'D-EAST', days: 180, failedClaims: [] })).toBeNull();
    const all = anomalyFlags({ dealer: null, labour: [], repeat: null, photos: [], spotChecks: { dealerCode: 'D', days: 30, failedClaims: ['CR-1'] } }, S);
    expect(all.map((f) => f.code)).toEqual(['DEALER_SPOT_CHECK_FAILED']);
  });
});
