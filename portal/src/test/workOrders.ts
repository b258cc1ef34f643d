import type { ServiceTimer } from '@shared/service';
import type { Receipt, WorkOrder } from '../api/workOrders';

/** Work orders as the dealer API answers them (SERVICE_SPEC.md "Shapes"). */

export function timer(over: Partial<ServiceTimer> = {}): ServiceTimer {
  return {
    name: 'arrange',
    calendar: 'office',
    startedAt: '2024-06-03T01:00:00.000Z',
    dueAt: '2024-06-03T03:00:00.000Z',
    stoppedAt: null,
    state: 'running',
    remainingMs: 80 * 60_000,
    overdueMs: 0,
    ...over,
  };
}

export function workOrder(over: Partial<WorkOrder> = {}): WorkOrder {
  return {
    number: 'WO-202406-00001',
    status: 'dispatched',
    version: 1,
    dealer: { code: 'D-HN-001', name: '河南郑州农机经销部' },
    request: { number: 'SR-202406-00001', channel: 'phone', symptom: '车辆无法启动，仪表无显示', receivedAt: '2024-06-03T00:50:00.000Z' },
    customer: { name: '张三', phone: '13812345678', address: { region: '河南省郑州市', line: '金水区花园路 12 号' } },
    unit: { serial: 'ET2024000123', model: { code: 'ET-200', name: '电动三轮车 ET-200' }, purchaseDate: '2024-03-01', coverage: null },
    dispatchedAt: '2024-06-03T01:00:00.000Z',
    acceptedAt: null,
    declinedAt: null,
    declineReason: null,
    appointment: null,
    arrivedAt: null,
    completedAt: null,
    endedAt: null,
    contactAttempts: [],
    failedContacts: 0,
    timers: [timer(), timer({ name: 'check', dueAt: '2024-06-03T05:00:00.000Z', remainingMs: 200 * 60_000 }), timer({ name: 'on_site', calendar: 'round_the_clock', dueAt: '2024-06-03T04:00:00.000Z', remainingMs: 140 * 60_000 })],
    receipt: null,
    claim: null,
    timeline: [{ at: '2024-06-03T01:00:00.000Z', actor: { kind: 'coordinator', name: '刘内勤' }, event: 'dispatch', from: null, to: 'dispatched', note: null }],
    ...over,
  };
}

/** The smallest valid PNG (1×1), as a canvas would export it. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export function receipt(over: Partial<Receipt> = {}): Receipt {
  return {
    faultComponent: 'controller',
    faultFound: '控制器烧毁',
    workDone: '更换控制器',
    parts: [{ partNumber: 'MC-100', qtyIssued: 1, qtyUsed: 1, correct: true }],
    labour: [{ operation: 'OP-10', hours: 1.5 }],
    travelKm: 12,
    usage: null,
    coverage: 'in_warranty',
    completedAt: '2024-06-03T06:00:00.000Z',
    acceptance: { name: '张三', signature: { url: '/api/claim-review/evidence/sig-1.png?sig=abc', sha256: 'ab'.repeat(32), bytes: 2048 } },
    satisfaction: 5,
    comment: null,
    charge: null,
    ...over,
  };
}

export function listOf<T>(data: T[], total = data.length) {
  return { data, meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total } } };
}

export function apiError(status: number, code: string, zh: string, en: string, details: Record<string, unknown> = {}) {
  return { error: { status, code, message: { zh, en }, details } };
}
