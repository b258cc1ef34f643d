#!/usr/bin/env node
'use strict';
/**
 * Throughput of the pure domain core: precheck + pricing of one claim, versus a JSON
 * round trip (stringify + parse) of the same claim measured in the same run.
 * Goal (issue 4): ≥ 20,000 claims/s on one core. Needs the built plugin (npm run build).
 */
const path = require('path');
const core = require(path.join(__dirname, '../../plugins/claim-review/dist/shared'));
const { table } = require('./report');

const today = '2026-11-25';
const ctx = {
  today,
  dealer: { code: 'SD-WF', tier: 1 },
  unit: { serial: 'LSB1', modelCode: 'DZ150', modelName: '电动三轮车', category: 'tricycle', mainComponents: ['motor', 'controller', 'rear_axle', 'frame'], dealerCode: 'SD-WF', saleDate: '2026-10-01', registrationDate: '2026-10-03' },
  policy: { ...core.COMPANY_DEFAULT_POLICY, effectiveFrom: '2020-01-01' },
  parts: {
    'P-MOTOR': { number: 'P-MOTOR', name: '电机', category: 'main_component', component: 'motor', vatRate: 1300, mustReturn: true, price: { effectiveFrom: '2026-01-01', dealerPrice: 120000, guidePrice: 156000 } },
    'P-BOLT': { number: 'P-BOLT', name: '螺栓', category: 'standard', vatRate: 1300, mustReturn: false, price: { effectiveFrom: '2026-01-01', dealerPrice: 150, guidePrice: 150 } },
  },
  operations: { 'OP-MOTOR': { code: 'OP-MOTOR', standardHoursTenths: 15 } },
  rate: { tier: 1, hourlyRate: 4000, travelRatePerKm: 150, travelCapKm: 100, logisticsFee: 2000 },
  history: [{ number: 'CR-1', status: 'settled', failureDate: '2026-10-10', repairDate: '2026-10-11', remedy: 'repair', component: 'motor', partNumbers: ['P-MOTOR'] }],
};
const claim = {
  serial: 'LSB1', failureDate: '2026-11-20', repairDate: '2026-11-21', usage: { value: 800, unit: 'km' }, remedy: 'repair',
  fault: { component: 'motor', description: '电机异响' },
  parts: [{ partNumber: 'P-MOTOR', qty: 1, causal: true }, { partNumber: 'P-BOLT', qty: 4 }],
  labour: [{ operation: 'OP-MOTOR', hours: 1.5 }], travel: { km: 30 }, customerConfirmation: { name: '张三', signedAt: '2026-11-21' },
};

function rate(fn, seconds = 2) {
  for (let i = 0; i < 2000; i++) fn(); // warm up the JIT
  let n = 0;
  const end = process.hrtime.bigint() + BigInt(seconds * 1e9);
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

let sink = 0;
const baseline = rate(() => { sink += JSON.parse(JSON.stringify(claim)).parts.length; });
const precheckOnly = rate(() => { sink += core.precheck(claim, ctx).length; });
const full = rate(() => { const a = core.precheckAnswer(claim, ctx); sink += a.totals.total; });
const parsed = rate(() => { const r = core.parseInput(core.claimCreateInputSchema, claim); sink += r.ok ? 1 : 0; });

table('Domain core throughput (one core, claims per second)', [
  { case: 'JSON round trip (baseline)', 'claims/s': Math.round(baseline), 'ratio to baseline': 1 },
  { case: 'zod parse of ClaimInput', 'claims/s': Math.round(parsed), 'ratio to baseline': parsed / baseline },
  { case: 'precheck (all rules)', 'claims/s': Math.round(precheckOnly), 'ratio to baseline': precheckOnly / baseline },
  { case: 'precheck + pricing', 'claims/s': Math.round(full), 'ratio to baseline': full / baseline },
]);
console.log(`\ngoal ≥ 20,000 claims/s for precheck + pricing: ${full >= 20000 ? 'met' : 'NOT met'} (${Math.round(full)})${sink < 0 ? '' : ''}`);
