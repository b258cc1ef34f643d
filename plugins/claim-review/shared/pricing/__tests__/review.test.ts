import fc from 'fast-check';
import type { ClaimLine } from '../../contracts';
import { applyDecision, applyInspections, applyLineDecisions } from '../review';
import { settlementLineOf, settlementTotal } from '../settlement';

const LINES: ClaimLine[] = [
  { id: 1, kind: 'part', ref: 'P-MOTOR', qty: 2, unitPrice: 50000, amount: 100000, payable: 100000 },
  { id: 2, kind: 'part', ref: 'P-BOLT', qty: 4, unitPrice: 100, amount: 400, payable: 400 },
  { id: 3, kind: 'labour', ref: 'OP-MOTOR', hours: 2.5, unitPrice: 3333, amount: 8333, payable: 8333 },
  { id: 4, kind: 'travel', ref: 'travel', km: 30, unitPrice: 150, amount: 4500, payable: 4500 },
];

describe('applyLineDecisions', () => {
  it('accepts, adjusts and rejects without touching prices', () => {
    const r = applyLineDecisions(LINES, [
      { id: 1, action: 'adjust', qty: 1, reasonCode: 'NOT_REQUIRED' },
      { id: 2, action: 'reject', reasonCode: 'NOT_COVERED' },
      { id: 3, action: 'adjust', hours: 1.5, reasonCode: 'OVER_STANDARD_HOURS' },
      { id: '4', action: 'accept' },
    ]);
    expect(r.fields).toEqual({});
    expect(r.lines).toEqual([
      { ...LINES[0], decision: 'adjust', adjustedQty: 1, payable: 50000, reasonCode: 'NOT_REQUIRED' },
      { ...LINES[1], decision: 'reject', payable: 0, reasonCode: 'NOT_COVERED' },
      { ...LINES[2], decision: 'adjust', adjustedHours: 1.5, payable: 5000, reasonCode: 'OVER_STANDARD_HOURS' },
      { ...LINES[3], decision: 'accept', payable: 4500 },
    ]);
    expect(r.totals).toEqual({ parts: 100400, labour: 8333, travel: 4500, total: 113233, payable: 59500 });
  });

  it.each([
    [[{ id: 9, action: 'accept' as const }], { 'lines.0.id': 'unknown_line' }],
    [[{ id: 1, action: 'adjust' as const, reasonCode: 'X' }], { 'lines.0.qty': 'required' }],
    [[{ id: 1, action: 'adjust' as const, qty: 3, reasonCode: 'X' }], { 'lines.0.qty': 'too_big' }],
    [[{ id: 3, action: 'adjust' as const, reasonCode: 'X' }], { 'lines.0.hours': 'required' }],
    [[{ id: 3, action: 'adjust' as const, hours: 2.6, reasonCode: 'X' }], { 'lines.0.hours': 'too_big' }],
    [[{ id: 4, action: 'adjust' as const, qty: 1, reasonCode: 'X' }], { 'lines.0.action': 'not_adjustable' }],
  ])('refuses %j', (decisions, fields) => {
    const r = applyLineDecisions(LINES, decisions);
    expect(r.fields).toEqual(fields);
    expect(r.lines).toEqual(LINES);
  });

  it('leaves, accepts or rejects lines not named', () => {
    expect(applyLineDecisions(LINES, []).lines).toEqual(LINES);
    expect(applyLineDecisions(LINES, [], 'accept').lines.every((l) => l.decision === 'accept')).toBe(true);
    expect(applyLineDecisions(LINES, [], 'reject').totals.payable).toBe(0);
  });

  it('re-accepting clears an earlier adjustment', () => {
    const adjusted = applyLineDecisions(LINES, [{ id: 1, action: 'adjust', qty: 1, reasonCode: 'X' }]).lines;
    const again = applyLineDecisions(adjusted, [{ id: 1, action: 'accept' }]).lines[0];
    expect(again).toEqual({ ...LINES[0], decision: 'accept', payable: 100000 });
  });

  it('payable never exceeds amount and stays a non-negative integer (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 25 }),
        fc.constantFrom('accept', 'adjust', 'reject'),
        fc.constantFrom('accept', 'adjust', 'reject'),
        (qty, tenths, a1, a3) => {
          const r = applyLineDecisions(LINES, [
            { id: 1, action: a1 as 'accept', qty, reasonCode: 'X' },
            { id: 3, action: a3 as 'accept', hours: tenths / 10, reasonCode: 'X' },
          ]);
          expect(r.fields).toEqual({});
          for (const l of r.lines) {
            expect(Number.isSafeInteger(l.payable)).toBe(true);
            expect(l.payable).toBeGreaterThanOrEqual(0);
            expect(l.payable).toBeLessThanOrEqual(l.amount);
            expect(l.unitPrice).toBe(LINES.find((x) => x.id === l.id)?.unitPrice);
          }
          expect(r.totals.payable).toBe(r.lines.reduce((s, l) => s + l.payable, 0));
        },
      ),
    );
  });
});

describe('applyDecision', () => {
  it('approve accepts everything', () => {
    expect(applyDecision(LINES, { decision: 'approve' }).totals.payable).toBe(113233);
  });
  it('partial applies the named lines and accepts the rest', () => {
    const r = applyDecision(LINES, { decision: 'partial', lines: [{ id: 2, action: 'reject', reasonCode: 'NOT_COVERED' }] });
    expect(r.totals.payable).toBe(113233 - 400);
    expect(r.lines.map((l) => l.decision)).toEqual(['accept', 'reject', 'accept', 'accept']);
  });
  it('reject pays nothing; request_info changes nothing', () => {
    expect(applyDecision(LINES, { decision: 'reject' }).totals.payable).toBe(0);
    expect(applyDecision(LINES, { decision: 'request_info' }).lines).toEqual(LINES);
  });
});

describe('applyInspections: a part not confirmed leaves the payable', () => {
  const approved = applyDecision(LINES, { decision: 'approve' }).lines;

  it('confirmed keeps the line', () => {
    const r = applyInspections(approved, [{ partNumber: 'P-MOTOR', qty: 2, result: 'confirmed' }]);
    expect(r.lines[0]).toMatchObject({ payable: 100000, inspection: 'confirmed' });
  });

  it.each(['no_fault', 'misuse', 'not_received'] as const)('%s takes the whole line out', (result) => {
    const r = applyInspections(approved, [{ partNumber: 'P-MOTOR', qty: 2, result }]);
    expect(r.lines[0]).toMatchObject({ payable: 0, inspection: result });
    expect(r.totals.payable).toBe(113233 - 100000);
    expect(r.lines.slice(1)).toEqual(approved.slice(1));
  });

  it('takes out only the quantity not confirmed', () => {
    const r = applyInspections(approved, [
      { partNumber: 'P-MOTOR', qty: 1, result: 'confirmed' },
      { partNumber: 'P-MOTOR', qty: 1, result: 'misuse' },
    ]);
    expect(r.lines[0]).toMatchObject({ payable: 50000, inspection: 'misuse' });
  });

  it('works on an adjusted quantity and never revives a rejected line', () => {
    const reviewed = applyLineDecisions(LINES, [
      { id: 1, action: 'adjust', qty: 1, reasonCode: 'X' },
      { id: 2, action: 'reject', reasonCode: 'X' },
    ]).lines;
    const r = applyInspections(reviewed, [
      { partNumber: 'P-MOTOR', qty: 1, result: 'confirmed' },
      { partNumber: 'P-BOLT', qty: 4, result: 'confirmed' },
    ]);
    expect(r.lines[0].payable).toBe(50000);
    expect(r.lines[1].payable).toBe(0);
  });
});

describe('settlement lines', () => {
  it('carry the payable amounts by kind', () => {
    const reviewed = applyDecision(LINES, { decision: 'partial', lines: [{ id: 2, action: 'reject', reasonCode: 'X' }] }).lines;
    const line = settlementLineOf('C-1', reviewed);
    expect(line).toEqual({ claimNumber: 'C-1', parts: 100000, labour: 8333, travel: 4500, amount: 112833 });
    expect(settlementTotal([line, { ...line, claimNumber: 'C-2', amount: -500 }])).toBe(112333);
  });
});
