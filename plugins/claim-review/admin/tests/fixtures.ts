import type { FailureAnswer } from '../../shared';
import type { ClaimDetail, Dealer, PricePreview, QualityAlert, QueueAnswer, ReasonCode, SettlementView, StaffShipment } from '../src/api/types';

const HOUR = 3_600_000;
const iso = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();

export const DEALERS: Dealer[] = [
  { code: 'SD-WF', name: '潍坊金穗农机', nameEn: 'Weifang Jinsui', region: '山东', tier: 2, suspended: false },
  { code: 'HN-ZK', name: '周口丰收机电', nameEn: 'Zhoukou Fengshou', region: '河南', tier: 1, suspended: false },
];

export const REASONS: ReasonCode[] = [
  { code: 'OVER_STANDARD_HOURS', label: '超标准工时', labelEn: 'Over standard hours' },
  { code: 'NOT_COVERED', label: '不属三包范围', labelEn: 'Not covered' },
];

const totals = (total: number, payable = 0) => ({ parts: total, labour: 0, travel: 0, total, payable });

export function queueAnswer(): QueueAnswer {
  return {
    data: [
      {
        number: 'CR-202611-00001', status: 'in_review', version: 3, serial: 'LSBDZ15026109001', model: 'DZ150',
        failureDate: '2026-11-20', repairDate: '2026-11-21', remedy: 'repair', totals: totals(117890), errors: 0, warnings: 1,
        dealer: { code: 'SD-WF', name: '潍坊金穗农机' }, sla: { ageHours: 50, dueAt: iso(-2), overdue: true },
      },
      {
        number: 'CR-202611-00002', status: 'in_review', version: 2, serial: 'LSBDZ15026109011', model: 'DZ150',
        failureDate: '2026-11-22', repairDate: '2026-11-23', remedy: 'replacement', totals: totals(8800), errors: 1, warnings: 0,
        dealer: { code: 'HN-ZK', name: '周口丰收机电' }, sla: { ageHours: 3, dueAt: iso(45), overdue: false },
      },
    ],
    meta: {
      pagination: { page: 1, pageSize: 20, pageCount: 3, total: 42 },
      counts: { submitted: 0, in_review: 42, info_requested: 2, approved: 0, partially_approved: 1, awaiting_parts: 5, ready_to_settle: 3, settled: 9, rejected: 1 },
      overdue: 1,
    },
  };
}

export function claimDetail(overrides: Partial<ClaimDetail> = {}): ClaimDetail {
  return {
    number: 'CR-202611-00001',
    status: 'in_review',
    version: 3,
    serial: 'LSBDZ15026109001',
    model: 'DZ150',
    failureDate: '2026-11-20',
    repairDate: '2026-11-21',
    remedy: 'repair',
    fault: { component: 'motor', description: '电机异响，无法启动' },
    usage: null,
    travel: { km: 35 },
    lines: [
      { id: 11, kind: 'part', ref: 'DZ-MT-601200', qty: 1, label: { zh: '驱动电机总成', en: 'Drive motor assembly' }, unitPrice: 102000, amount: 102000, payable: 0, mustReturn: true },
      { id: 12, kind: 'labour', ref: 'DZ-MOTOR-R', hours: 2.5, label: { zh: '更换驱动电机总成', en: 'Replace drive motor' }, unitPrice: 4000, amount: 10000, payable: 0 },
      { id: 13, kind: 'travel', ref: 'travel', km: 35, unitPrice: 150, amount: 5250, payable: 0 },
    ],
    totals: { parts: 102000, labour: 10000, travel: 5250, total: 117250, payable: 0 },
    findings: [
      {
        code: 'LABOUR_OVER_STANDARD', severity: 'warning', field: 'labour.0.hours',
        message: { zh: '工时项目 DZ-MOTOR-R 申报 2.5 小时，超过标准工时 2 小时', en: 'Operation DZ-MOTOR-R claims 2.5 h, over its standard of 2 h' },
      },
    ],
    questions: [{ id: 7, message: '请补充电机铭牌照片', askedAt: iso(-30), answer: '已上传', answeredAt: iso(-20) }],
    timeline: [
      { at: iso(-48), actor: 'dealer', event: 'submit', from: 'draft', to: 'submitted', by: 'dealer-sd', dealerVisible: true },
      { at: iso(-48), actor: 'system', event: 'accept_precheck', from: 'submitted', to: 'in_review', dealerVisible: true },
      { at: iso(-30), actor: 'reviewer', event: 'request_info', from: 'in_review', to: 'info_requested', by: '李工', comment: '请补充电机铭牌照片', dealerVisible: true },
    ],
    dealer: { code: 'SD-WF', name: '潍坊金穗农机' },
    unit: {
      serial: 'LSBDZ15026109001', model: { code: 'DZ150', name: 'DZ150 电动三轮车', nameEn: 'DZ150 electric tricycle' },
      buildDate: '2026-10-12', saleDate: '2026-11-19', registrationDate: '2026-11-20', registrationLate: false, dealer: { code: 'SD-WF', name: '潍坊金穗农机' },
    },
    policy: { code: 'CO-TRICYCLE-2024', name: '电动三轮车三包政策', clause: null },
    unitHistory: [{ number: 'CR-202610-00009', status: 'settled', version: 7, serial: 'LSBDZ15026109001', failureDate: '2026-10-01', repairDate: '2026-10-02', remedy: 'repair', totals: totals(3000, 3000) }],
    photos: [
      { id: 1, name: 'motor-1.png', url: '/api/claim-review/evidence/1?expires=1900000000&signature=a1', mime: 'image/png', sha256: 'a'.repeat(64), intact: true },
      { id: 2, name: 'motor-2.png', url: '/api/claim-review/evidence/2?expires=1900000000&signature=b2', mime: 'image/png', sha256: 'b'.repeat(64), intact: false },
    ],
    sla: { ageHours: 50, dueAt: iso(-2), overdue: true },
    allowedDecisions: ['approve', 'partial', 'reject', 'request_info'],
    ...overrides,
  };
}

export function shipment(overrides: Partial<StaffShipment> = {}): StaffShipment {
  return {
    id: 5, number: 'SH-202611-00001', carrier: '顺丰速运', trackingNumber: 'SF1234567890', status: 'shipped',
    parts: [{ id: 51, claimNumber: 'CR-202611-00004', partNumber: 'DZ-CT-6024', qty: 1 }],
    shippedAt: iso(-10), receivedAt: null, dealer: { code: 'SD-WF', name: '潍坊金穗农机' },
    ...overrides,
  };
}

export function settlement(overrides: Partial<SettlementView> = {}): SettlementView {
  return {
    number: 'SD-202611-0001', draftNumber: 'SD-202611-0001', dealer: { code: 'SD-WF', name: '潍坊金穗农机' },
    periodStart: '2026-11-01', periodEnd: '2026-11-30', status: 'draft',
    lines: [
      { kind: 'claim', claimNumber: 'CR-202611-00002', serial: 'LSBDZ15026109001', model: 'DZ150', repairDate: '2026-11-21', parts: 3000, labour: 4000, travel: 1800, amount: 8800 },
      { kind: 'claim', claimNumber: 'CR-202611-00005', serial: 'LSBDZ15026109002', model: 'DZ150', repairDate: '2026-11-22', parts: 102000, labour: 8000, travel: 0, amount: 110000 },
    ],
    total: 118800, issuedAt: null, acknowledgedAt: null,
    ...overrides,
  };
}

export function pricePreview(overrides: Partial<PricePreview> = {}): PricePreview {
  return {
    effectiveFrom: '2027-01-01', format: 'csv', columns: ['number', 'name', 'category', 'dealerPrice', 'guidePrice'], ignoredColumns: ['备注'],
    rows: [
      { row: 2, number: 'DZ-MT-601200', name: '驱动电机总成', nameEn: null, category: 'main_component', dealerPrice: 125050, guidePrice: 168000, action: 'new_price', existingPart: true, errors: [] },
      {
        row: 3, number: 'DZ-NEW-2', name: null, nameEn: null, category: 'standard', dealerPrice: null, guidePrice: 1000, action: null, existingPart: false,
        errors: [{ row: 3, field: 'dealerPrice', code: 'invalid_money', message: { zh: '金额须以元为单位，最多两位小数（如 1200.50）', en: 'An amount in yuan with at most two decimals (e.g. 1200.50)' } }],
      },
    ],
    summary: { rows: 2, valid: 1, invalid: 1, newParts: 0, newPrices: 1, replacedPrices: 0 },
    ...overrides,
  };
}

export function qualityAlert(overrides: Partial<QualityAlert> = {}): QualityAlert {
  const threshold = { alpha: 0.01, minCount: 3, minRatio: 2 };
  return {
    id: 7, status: 'open', model: { code: 'DZ150' }, buildMonth: null, adjustedPValue: null, familySize: 1,
    part: { number: 'DZ-CT-6024', name: '控制器', nameEn: 'Controller', component: 'electrical' }, keyPart: true,
    window: { from: '2026-10-23', to: '2026-11-21' },
    baseline: { from: '2026-04-26', to: '2026-10-22', claims: 2, exposureUnitMonths: 1800 },
    claims: 6, exposureUnitMonths: 310, expected: 0.43, ratio: 13.95, pValue: 0.000004, threshold,
    claimNumbers: ['CR-202611-00001', 'CR-202611-00004'], raisedAt: '2026-11-22T01:00:00.000Z', acknowledged: null,
    message: { zh: 'DZ150 的 DZ-CT-6024 近 30 天索赔 6 张，预期 0.43 张', en: 'DZ-CT-6024 on DZ150: 6 claims in 30 days, 0.43 expected' },
    ...overrides,
  };
}

export function failureAnswer(overrides: Partial<FailureAnswer> = {}): FailureAnswer {
  const figures = { claims: 6, units: { built: 400, sold: 310 }, exposureUnitMonths: 310, cost: 117890, costPerUnitSold: 380, rate: { perHundredSold: 1.94, perThousandUnitMonths: 19.35, relative: null } };
  const threshold = { alpha: 0.01, minCount: 3, minRatio: 2 };
  return {
    groupBy: 'part', from: '2025-11-22', to: '2026-11-22', asOf: '2026-11-22', totals: figures,
    data: [{ ...figures, key: 'DZ-CT-6024|DZ150', part: { number: 'DZ-CT-6024', name: '控制器', nameEn: 'Controller', component: 'electrical', keyPart: true }, model: { code: 'DZ150', name: null, nameEn: null }, buildMonth: null, dealer: null, alerted: true }],
    alerts: [qualityAlert()],
    method: { test: 'poisson-exact', windowDays: 30, filingLagDays: 30, cohorts: 'build-month, holm', exposure: 'in-warranty unit-months', baselineDays: 180, minBaselineExposure: 100, standard: threshold, keyPart: { alpha: 0.05, minCount: 2, minRatio: 1.5 }, keyComponents: ['electrical'] },
    ...overrides,
  };
}
