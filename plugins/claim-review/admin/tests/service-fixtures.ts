import type { LookupAnswer, RequestSummary, ServiceDealer, ServiceList, ServiceRequestView, ServiceTimer, WorkOrderView } from '../src/api/service-types';

const MINUTE = 60_000;
const at = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * MINUTE).toISOString();

/** A running or breached timer as the server's core ServiceTimer reports it. */
export function timer(name: ServiceTimer['name'], dueInMinutes: number, overrides: Partial<ServiceTimer> = {}): ServiceTimer {
  const breached = dueInMinutes < 0;
  return {
    name,
    calendar: 'round_the_clock',
    startedAt: at(-180),
    dueAt: at(dueInMinutes),
    stoppedAt: null,
    state: breached ? 'breached' : 'running',
    remainingMs: breached ? 0 : dueInMinutes * MINUTE,
    overdueMs: breached ? -dueInMinutes * MINUTE : 0,
    ...overrides,
  };
}

export const COVERAGE = {
  wholeUnitUntil: '2099-11-18', mainComponentsUntil: '2099-11-18', refundUntil: null, replacementUntil: null,
  usageCap: null, registrationDeadline: null, warrantyUntil: null,
};

export const SERVICE_DEALERS: ServiceDealer[] = [
  { code: 'SD-WF', name: '潍坊金穗农机', region: '山东省潍坊市', openWorkOrders: 3 },
  { code: 'HN-ZK', name: '周口丰收机电', region: '河南省周口市', openWorkOrders: 1 },
];

export function summary(overrides: Partial<RequestSummary> = {}): RequestSummary {
  return {
    number: 'SR-202611-00001', status: 'dispatched', channel: 'phone',
    caller: { name: '王建国', phone: '13812345678' }, region: '山东省潍坊市',
    serial: 'LSBDZ15026109001', model: 'DZ150', symptom: '电机异响，无法启动', receivedAt: at(-300),
    workOrder: { number: 'WO-202611-00001', status: 'dispatched', dealer: { code: 'SD-WF', name: '潍坊金穗农机' } },
    timers: [timer('arrange', -45, { calendar: 'office' }), timer('on_site', 80)],
    check: true, breached: true, nextDueAt: at(-45),
    ...overrides,
  };
}

export function requestList(rows: RequestSummary[] = [summary(), summary({ number: 'SR-202611-00002', status: 'received', caller: { name: '李秀英', phone: '0536-8881234' }, region: '河南省周口市', serial: null, model: 'DZ120', workOrder: null, timers: [], check: false, breached: false, nextDueAt: null })]): ServiceList<RequestSummary> {
  return { data: rows, meta: { pagination: { page: 1, pageSize: 20, pageCount: 2, total: 23 } } };
}

export function lookupAnswer(): LookupAnswer {
  return {
    units: [
      {
        serial: 'LSBDZ15026109001', model: { code: 'DZ150', name: 'DZ150 电动三轮车' }, saleDate: '2026-11-19', registered: true,
        coverage: COVERAGE, sellingDealer: { code: 'SD-WF', name: '潍坊金穗农机' }, customer: { name: '王建国', phone: '138****5678' },
      },
    ],
    requests: [summary({ number: 'SR-202610-00007', status: 'closed' })],
    claims: [{ number: 'CR-202610-00009', status: 'settled', serial: 'LSBDZ15026109001', repairDate: '2026-10-02' }],
  };
}

export function workOrder(overrides: Partial<WorkOrderView> = {}): WorkOrderView {
  return {
    number: 'WO-202611-00001', status: 'dispatched', version: 1, dealer: { code: 'SD-WF', name: '潍坊金穗农机' },
    request: { number: 'SR-202611-00001', channel: 'phone', symptom: '电机异响，无法启动', receivedAt: at(-300) },
    customer: { name: '王建国', phone: '13812345678', address: { region: '山东省潍坊市', line: '寒亭区民主街 18 号' } },
    unit: { serial: 'LSBDZ15026109001', model: { code: 'DZ150', name: 'DZ150 电动三轮车' }, purchaseDate: null, coverage: COVERAGE },
    dispatchedAt: at(-200), acceptedAt: null, declinedAt: null, declineReason: null, appointment: null,
    arrivedAt: null, completedAt: null, endedAt: null, contactAttempts: [], failedContacts: 0,
    timers: [timer('arrange', -45, { calendar: 'office' })], receipt: null, claim: null,
    timeline: [{ at: at(-200), actor: { kind: 'coordinator', name: '张内勤' }, event: 'dispatch', from: null, to: 'dispatched', note: null }],
    ...overrides,
  };
}

export function serviceRequest(overrides: Partial<ServiceRequestView> = {}): ServiceRequestView {
  return {
    number: 'SR-202611-00001', status: 'received', version: 1, channel: 'phone',
    caller: { name: '王建国', phone: '13812345678', address: { region: '山东省潍坊市', line: '寒亭区民主街 18 号' } },
    unit: {
      serial: 'LSBDZ15026109001', model: { code: 'DZ150', name: 'DZ150 电动三轮车' }, purchaseDate: null, saleDate: '2026-11-19',
      coverage: COVERAGE, sellingDealer: { code: 'SD-WF', name: '潍坊金穗农机' },
    },
    symptom: '电机异响，无法启动', receivedAt: at(-30), receivedBy: { name: '张内勤' }, triage: null,
    suggestion: { dealer: { code: 'SD-WF', name: '潍坊金穗农机' }, basis: 'selling_dealer' },
    workOrders: [], followUps: [], timers: [], breaches: [], claim: null,
    timeline: [{ at: at(-30), actor: { kind: 'coordinator', name: '张内勤' }, event: 'received', from: null, to: 'received', note: null }],
    ...overrides,
  };
}

/** A request whose visit is done and signed: completed, awaiting its follow-up call. */
export function completedRequest(): ServiceRequestView {
  return serviceRequest({
    status: 'completed', version: 7,
    triage: { outcome: 'dispatch', note: null, at: at(-600), by: { name: '张内勤' } },
    workOrders: [
      workOrder({ number: 'WO-202611-00001', status: 'declined', declinedAt: at(-590), declineReason: '人手不足', timers: [] }),
      workOrder({
        number: 'WO-202611-00002', status: 'completed', dealer: { code: 'HN-ZK', name: '周口丰收机电' }, acceptedAt: at(-560),
        arrivedAt: at(-400), completedAt: at(-300), appointment: { at: at(-420), agreedBy: '王建国' },
        contactAttempts: [{ at: at(-550), reached: false, note: '无人接听', counted: true }, { at: at(-540), reached: true, note: null, counted: false }],
        failedContacts: 1, timers: [timer('on_site', 0, { state: 'met', stoppedAt: at(-400), remainingMs: 0 })],
        claim: { number: 'CR-202611-00031', status: 'draft' },
        receipt: {
          faultComponent: 'motor', faultFound: '电机轴承损坏', workDone: '更换驱动电机总成',
          parts: [{ partNumber: 'DZ-MT-601200', qtyIssued: 1, qtyUsed: 1, correct: true }, { partNumber: 'DZ-CT-6024', qtyIssued: 1, qtyUsed: 0, correct: false }],
          labour: [], travelKm: 35, usage: null, coverage: 'in_warranty', completedAt: at(-300),
          acceptance: { name: '王建国', signature: { url: '/api/claim-review/evidence/9?expires=1900000000&signature=s9', sha256: 'c'.repeat(64), bytes: 2048 } },
          satisfaction: 4, comment: '师傅很专业', charge: null,
        },
      }),
    ],
    timers: [timer('follow_up', 23 * 60)],
    breaches: [{ timer: 'arrange', workOrder: 'WO-202611-00001', dueAt: at(-480), recordedAt: at(-479) }],
    claim: { number: 'CR-202611-00031', status: 'draft' },
  });
}
