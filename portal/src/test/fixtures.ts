import type { Me, UnitAnswer, PrecheckAnswer } from '@shared/contracts/answers';
import type { ClaimSummary } from '@shared/contracts/claim';
import type { Settlement } from '@shared/contracts/settlement';
import type { Shipment } from '@shared/contracts/shipment';
import type { Finding } from '@shared/contracts/findings';
import type { PortalClaim } from '../api';

export const ME: Me = {
  user: { username: 'wang.gong', email: 'wang@dealer.example' },
  dealer: { code: 'D-HN-001', name: '河南郑州农机经销部', tier: 2, region: '华中' },
};

export const UNIT: UnitAnswer = {
  serial: 'ET2024000123',
  model: { code: 'ET-200', name: '电动三轮车 ET-200' },
  registered: true,
  saleDate: '2024-03-01',
  registrationDate: '2024-03-05',
  coverage: {
    wholeUnitUntil: '2025-03-01',
    mainComponentsUntil: '2026-03-01',
    refundUntil: '2024-03-08',
    replacementUntil: '2024-03-16',
    usageCap: null,
    registrationDeadline: '2024-03-21',
    warrantyUntil: null,
  },
  claims: [{ number: 'C-2024-0007', status: 'settled', repairDate: '2024-06-02' }],
};

export function summary(n: number, over: Partial<ClaimSummary> = {}): ClaimSummary {
  return {
    number: `C-2024-${String(n).padStart(4, '0')}`,
    status: 'in_review',
    version: 2,
    serial: 'ET2024000123',
    failureDate: '2024-06-01',
    repairDate: '2024-06-02',
    remedy: 'repair',
    totals: { parts: 23450, labour: 9000, travel: 0, total: 32450, payable: 0 },
    ...over,
  };
}

export function list<T>(data: T[], page = 1, pageSize = 20, total = data.length) {
  return { data, meta: { pagination: { page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), total } } };
}

export const PART_FINDING: Finding = {
  code: 'PART_NOT_PRICED',
  severity: 'error',
  field: 'parts.0.partNumber',
  message: { zh: '配件 X-1 在维修日期没有有效价格', en: 'Part X-1 has no price valid on the repair date' },
};

export const LABOUR_WARNING: Finding = {
  code: 'LABOUR_OVER_STANDARD',
  severity: 'warning',
  field: 'labour.0.hours',
  message: { zh: '工时 3 小时超过标准工时 2 小时', en: 'Labour 3 h is over the standard 2 h' },
};

export const PRECHECK_OK: PrecheckAnswer = {
  findings: [],
  lines: [
    { kind: 'part', ref: 'MC-100', qty: 1, label: { zh: '电机控制器', en: 'Motor controller' }, unitPrice: 23450, amount: 23450, payable: 23450 },
    { kind: 'labour', ref: 'OP-10', hours: 1.5, unitPrice: 6000, amount: 9000, payable: 9000 },
  ],
  totals: { parts: 23450, labour: 9000, travel: 0, total: 32450, payable: 32450 },
};

export function claim(over: Partial<PortalClaim> = {}): PortalClaim {
  return {
    number: 'C-2024-0042',
    status: 'info_requested',
    version: 3,
    serial: 'ET2024000123',
    failureDate: '2024-06-01',
    repairDate: '2024-06-02',
    remedy: 'repair',
    fault: { component: 'CONTROLLER', description: '车辆无法启动，控制器烧毁' },
    usage: { value: 1200, unit: 'km' },
    lines: [
      { id: 1, kind: 'part', ref: 'MC-100', qty: 1, label: { zh: '电机控制器', en: 'Motor controller' }, unitPrice: 23450, amount: 23450, payable: 23450, mustReturn: true, causal: true },
      { id: 2, kind: 'labour', ref: 'OP-10', hours: 1.5, unitPrice: 6000, amount: 9000, payable: 9000 },
    ],
    totals: { parts: 23450, labour: 9000, travel: 0, total: 32450, payable: 32450 },
    findings: [LABOUR_WARNING],
    questions: [{ id: 9, message: '请补充控制器烧毁部位的照片', askedAt: '2024-06-05T02:00:00.000Z' }],
    timeline: [
      { at: '2024-06-03T01:30:00.000Z', actor: 'dealer', event: 'submit', from: 'draft', to: 'submitted' },
      { at: '2024-06-05T02:00:00.000Z', actor: 'reviewer', event: 'request_info', from: 'in_review', to: 'info_requested', comment: '请补充照片' },
    ],
    customerConfirmation: { name: '李四', signedAt: '2024-06-02' },
    attachments: [],
    ...over,
  };
}

export const SETTLEMENT: Settlement = {
  number: 'S-2024-06-D-HN-001',
  dealer: { code: 'D-HN-001', name: '河南郑州农机经销部' },
  periodStart: '2024-06-01',
  periodEnd: '2024-06-30',
  status: 'issued',
  lines: [
    { claimNumber: 'C-2024-0007', parts: 23450, labour: 9000, travel: 1500, amount: 33950 },
    { claimNumber: 'C-2024-0008', parts: 100000, labour: 23456, travel: 0, amount: 123456 },
  ],
  total: 157406,
  issuedAt: '2024-07-02T08:00:00.000Z',
  acknowledgedAt: null,
};

export const SHIPMENT: Shipment = {
  id: 5,
  number: 'R-2024-0005',
  carrier: '顺丰速运',
  trackingNumber: 'SF1234567890',
  status: 'received',
  parts: [{ id: 51, claimNumber: 'C-2024-0007', partNumber: 'MC-100', qty: 1, inspection: { result: 'confirmed', disposition: 'scrap', note: null, inspectedAt: '2024-06-20T03:00:00.000Z' } }],
  shippedAt: '2024-06-10T03:00:00.000Z',
};
