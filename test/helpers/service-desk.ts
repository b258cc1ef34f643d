/** Service desk test steps: a call registered, dispatched, and walked through the work order as the two UIs do. */
import type { Core } from '@strapi/strapi';
import { FIXTURE } from './fixture';
import type { DealerApi, StaffApi } from './staff-api';

/** A 1×1 PNG as a signature pad sends it. */
export const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const nowIso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();

export const callBody = (overrides: Record<string, unknown> = {}) => ({
  channel: 'phone',
  caller: { name: '张三', phone: '138 0000 0001', address: { region: '华东', line: '山东潍坊奎文区胜利东街 1 号' } },
  unit: { serial: FIXTURE.serials.registered },
  symptom: '电机异响，无法启动 / Motor noise, will not start',
  receivedAt: nowIso(-60_000),
  ...overrides,
});

export const receiptBody = (overrides: Record<string, unknown> = {}) => ({
  faultComponent: 'motor',
  faultFound: '电机轴承损坏',
  workDone: '更换驱动电机，试车正常',
  parts: [
    { partNumber: FIXTURE.parts.motor, qtyIssued: 1, qtyUsed: 1, correct: true },
    { partNumber: FIXTURE.parts.bolt, qtyIssued: 4, qtyUsed: 3, correct: true },
  ],
  labour: [{ operation: FIXTURE.operations.motor, hours: 1.5 }],
  travelKm: 30,
  coverage: 'in_warranty',
  completedAt: nowIso(),
  acceptance: { name: '张三', signature: SIGNATURE },
  satisfaction: 5,
  comment: '师傅很专业',
  ...overrides,
});

function ok(res: { status: number; body: any }, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A call registered by the coordinator: the request in `received`. */
/** A complaint (投诉) as the coordinator records it from a call: by phone, major, about the east dealer. */
export const complaintBody = (overrides: Record<string, unknown> = {}) => ({
  channel: 'phone',
  complainant: { name: '李女士', phone: '138 0013 8000' },
  subject: { kind: 'dealer', code: FIXTURE.dealers.east },
  severity: 'major',
  links: {},
  description: '技术员约好上午上门，下午才到，且态度恶劣 / The technician came hours late and was rude',
  receivedAt: nowIso(-60_000),
  ...overrides,
});

export async function registered(coordinator: StaffApi, overrides: Record<string, unknown> = {}) {
  return ok(await coordinator.post('/service/requests', callBody(overrides)), 201, 'intake');
}

/** Registered and dispatched to a dealer: answers the request number and its work order number. */
export async function dispatched(coordinator: StaffApi, dealer = FIXTURE.dealers.east, overrides: Record<string, unknown> = {}) {
  const sr = await registered(coordinator, overrides);
  const body = ok(await coordinator.post(`/service/requests/${sr.number}/triage`, { outcome: 'dispatch', dealer }), 200, 'dispatch');
  return { request: body.number as string, workOrder: body.workOrders[body.workOrders.length - 1].number as string };
}

/** Dispatched, accepted and with the technician on site. */
export async function onSite(coordinator: StaffApi, station: DealerApi, overrides: Record<string, unknown> = {}) {
  const ids = await dispatched(coordinator, FIXTURE.dealers.east, overrides);
  ok(await station.post(`/work-orders/${ids.workOrder}/accept`), 200, 'accept');
  ok(await station.post(`/work-orders/${ids.workOrder}/arrival`, { at: nowIso() }), 200, 'arrival');
  return ids;
}

/** On site and completed with a signed receipt. */
export async function completed(coordinator: StaffApi, station: DealerApi, receipt: Record<string, unknown> = {}, call: Record<string, unknown> = {}) {
  const ids = await onSite(coordinator, station, call);
  ok(await station.post(`/work-orders/${ids.workOrder}/receipt`, receiptBody({ completedAt: nowIso(), ...receipt })), 200, 'receipt');
  return ids;
}

/**
 * Moves a work order's dispatch into the past, as if it had been dispatched then: the
 * request's stored board instants are set to it too (the earliest a timer can fall
 * due), so the next read or breach scan looks at the request's timers again.
 */
export async function dispatchedAt(strapi: Core.Strapi, workOrder: string, at: Date) {
  const wo = await strapi.db.query('plugin::claim-review.work-order').findOne({ where: { number: workOrder } });
  await strapi.db.query('plugin::claim-review.work-order').updateMany({ where: { number: workOrder }, data: { dispatchedAt: at } });
  await strapi.db.query('plugin::claim-review.service-request').updateMany({ where: { number: wo.requestNumber }, data: { dueOrder: at, checkDueAt: at, nextBreachAt: at } });
}
