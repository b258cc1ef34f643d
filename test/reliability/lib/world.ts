/**
 * A world with records in every state for two dealers, made through the real API
 * (claims, decisions, shipments, settlements), so the access matrix and the fuzz
 * have a real id of each kind, for the caller and for the other dealer.
 */
import type { Core } from '@strapi/strapi';
import { staffLogin } from '../../helpers/auth';
import { FIXTURE, loadFixture } from '../../helpers/fixture';
import { goodClaim } from '../../helpers/dealer-api';
import { daysAgo, today } from '../../helpers/dates';
import { makeReadyToSettle } from '../../helpers/claim-states';
import { dealerClient, staffClient, type Api } from './clients';
import sharp from 'sharp';

export const STAFF_ROLES = ['Super Admin', 'Technical reviewer', 'Finance', 'Service coordinator', 'Editor', 'Author'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The west dealer's registered customer: values that must never reach anyone else. */
export const WEST_CUSTOMER = { name: '西区客户甲', phone: '13999990005', address: '四川成都武侯区保密路5号' };
export const WEST_NEW_SERIAL = 'LSBTRI0007';
export const WEST_UNREGISTERED = 'LSBTRI0008';

export interface DealerRecords {
  code: string;
  serial: string;
  /** A unit of the dealer that is not registered yet. */
  unregistered: string;
  draft: string;
  inReview: string;
  infoRequested: string;
  awaiting: string;
  shipmentId: number;
  shipmentNumber: string;
  trackingNumber: string;
  returnedPartId: number;
  settledClaim: string;
  settlement: string;
  readyClaim: string;
  draftSettlement: string;
  /** A photo of the in-review claim (which the dealer can no longer take back). */
  attachmentId: number;
  /** A quality alert (alerts are the manufacturer's, not a dealer's: each dealer's records hold one). */
  alertId: number;
  /** A service request dispatched to the dealer, and its work order (dispatched). */
  serviceRequest: string;
  workOrder: string;
  /** A complaint about the dealer (its coordinator's), and the department notice it sent. */
  complaint: string;
  noticeId: number;
  /** Dealer scorecard: a pending spot check of the ready claim, as if it had been auto-approved and drawn. */
  spotCheckId: number;
}

export interface World {
  dealerTokens: { east: string; west: string; suspended: string; orphan: string };
  staffTokens: Record<StaffRole, string>;
  east: DealerRecords;
  west: DealerRecords;
  /** Phones and addresses of every registered customer: no dealer answer carries them. */
  customerSecrets: string[];
}

/** A portal user's JWT from the users-permissions service, without a login (which is rate limited). */
export async function dealerToken(strapi: Core.Strapi, username: string, options: Record<string, unknown> = {}): Promise<string> {
  const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } });
  return strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }, options);
}

const expectStatus = (res: { status: number; body: any }, status: number, what: string) => {
  if (res.status !== status) throw new Error(`world: ${what} answered ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
};

async function submitted(api: Api, serial: string, what: string): Promise<{ number: string; version: number }> {
  const body = expectStatus(await api.post('/claims', { ...goodClaim({ serial }), submit: true }), 201, what);
  return { number: body.number, version: body.version };
}

async function recordsOf(strapi: Core.Strapi, code: string, serial: string, unregistered: string, dealer: Api, reviewer: Api, finance: Api, coordinator: Api): Promise<DealerRecords> {
  const draft = expectStatus(await dealer.post('/claims', goodClaim({ serial })), 201, `${code} draft`).number;
  const inReview = (await submitted(dealer, serial, `${code} in review`)).number;
  const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#36c' } }).png().toBuffer();
  const attached = expectStatus(await dealer.call('POST', `/claims/${inReview}/attachments`).attach('files', photo, `${code}.png`), 201, `${code} attachment`);

  const info = await submitted(dealer, serial, `${code} info requested`);
  expectStatus(await reviewer.post(`/claims/${info.number}/decision`, { decision: 'request_info', comment: '请补充照片 / Photos please' }).set('If-Match', String(info.version)), 200, `${code} request_info`);

  // Approved with the must-return motor: the claim waits for its part, which the dealer ships.
  const awaiting = await submitted(dealer, serial, `${code} awaiting`);
  const approved = expectStatus(await reviewer.post(`/claims/${awaiting.number}/decision`, { decision: 'approve', comment: '' }).set('If-Match', String(awaiting.version)), 200, `${code} approve`);
  if (approved.status !== 'awaiting_parts') throw new Error(`world: ${code} approved claim is ${approved.status}, not awaiting_parts`);
  const trackingNumber = `SF-${code}-0001`;
  const shipment = expectStatus(
    await dealer.post('/shipments', { carrier: '顺丰速运', trackingNumber, parts: [{ claimNumber: awaiting.number, partNumber: FIXTURE.parts.motor, qty: 1 }] }),
    201,
    `${code} shipment`,
  );

  const period = { dealer: code, periodStart: daysAgo(7), periodEnd: today() };
  const settledClaim = (await submitted(dealer, serial, `${code} settled`)).number;
  await makeReadyToSettle(strapi, settledClaim);
  const issuedDraft = expectStatus(await finance.post('/settlements', period), 201, `${code} settlement draft`);
  const issued = expectStatus(await finance.post(`/settlements/${issuedDraft.number}/issue`), 200, `${code} settlement issue`);

  const readyClaim = (await submitted(dealer, serial, `${code} ready`)).number;
  await makeReadyToSettle(strapi, readyClaim);
  const draftSettlement = expectStatus(await finance.post('/settlements', period), 201, `${code} second draft`).number;
  const spotCheck = await strapi.db.query('plugin::claim-review.spot-check').create({
    data: { claimNumber: readyClaim, dealerCode: code, status: 'pending', drawnAt: new Date(), shareBp: 1000, payable: 0 },
  });

  const alert = await strapi.db.query('plugin::claim-review.quality-alert').create({
    data: { dedupeKey: `world-${code}`, status: 'open', modelCode: FIXTURE.model, partNumber: FIXTURE.parts.motor, windowStart: daysAgo(30), windowEnd: today(), claims: 3, raisedAt: new Date() },
  });

  // A call about the dealer's unit, dispatched to it; the caller is not a registered customer.
  const call = expectStatus(
    await coordinator.post('/service/requests', {
      channel: 'phone',
      caller: { name: `${code} 报修人`, phone: code === FIXTURE.dealers.west ? '13700000005' : '13700000001', address: { region: '测试区', line: `${code} 报修地址 8 号` } },
      unit: { serial },
      symptom: '无法启动 / Will not start',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
    }),
    201,
    `${code} service request`,
  );
  const dispatched = expectStatus(await coordinator.post(`/service/requests/${call.number}/triage`, { outcome: 'dispatch', dealer: code }), 200, `${code} dispatch`);

  // A complaint about the dealer, its departments told: the dealer sees it, the other never.
  const complaint = expectStatus(
    await coordinator.post('/service/complaints', {
      channel: 'phone',
      complainant: { name: `${code} 投诉人`, phone: code === FIXTURE.dealers.west ? '13700000006' : '13700000002' },
      subject: { kind: 'dealer', code },
      severity: 'major',
      links: { serviceRequest: call.number },
      description: `${code} 上门迟到 / Came late`,
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
    }),
    201,
    `${code} complaint`,
  );
  const notified = expectStatus(await coordinator.post(`/service/complaints/${complaint.number}/notices`, { departments: ['service'] }), 200, `${code} complaint notice`);

  return {
    complaint: complaint.number,
    noticeId: notified.notices[0].id,
    serviceRequest: call.number,
    workOrder: dispatched.workOrders[0].number,
    alertId: alert.id,
    spotCheckId: spotCheck.id,
    attachmentId: attached.photos[0].id,
    code,
    serial,
    unregistered,
    draft,
    inReview,
    infoRequested: info.number,
    awaiting: awaiting.number,
    shipmentId: shipment.id,
    shipmentNumber: shipment.number,
    trackingNumber,
    returnedPartId: shipment.parts[0].id,
    settledClaim,
    settlement: issued.number,
    readyClaim,
    draftSettlement,
  };
}

export async function buildWorld(strapi: Core.Strapi): Promise<World> {
  const ids = await loadFixture(strapi);
  // A unit the west dealer sells and registers through its own API, customer and all.
  for (const serial of [WEST_NEW_SERIAL, WEST_UNREGISTERED]) {
    await strapi.documents('api::unit.unit').create({ data: { serial, model: ids.model, dealer: ids.dealers.west, buildDate: daysAgo(200) } as any });
  }

  const dealerTokens = {
    east: await dealerToken(strapi, FIXTURE.users.east),
    west: await dealerToken(strapi, FIXTURE.users.west),
    suspended: await dealerToken(strapi, FIXTURE.users.suspended),
    orphan: await dealerToken(strapi, FIXTURE.users.orphan),
  };
  const staffTokens = {} as Record<StaffRole, string>;
  for (const role of STAFF_ROLES) staffTokens[role] = await staffLogin(strapi, role);

  const west = dealerClient(dealerTokens.west);
  expectStatus(await west.post('/registrations', { serial: WEST_NEW_SERIAL, saleDate: daysAgo(5), customer: WEST_CUSTOMER }), 201, 'west registration');

  const reviewer = staffClient(staffTokens['Technical reviewer']);
  const finance = staffClient(staffTokens.Finance);
  const coordinator = staffClient(staffTokens['Service coordinator']);
  const eastRecords = await recordsOf(strapi, FIXTURE.dealers.east, FIXTURE.serials.registered, FIXTURE.serials.neverRegistered, dealerClient(dealerTokens.east), reviewer, finance, coordinator);
  const westRecords = await recordsOf(strapi, FIXTURE.dealers.west, FIXTURE.serials.west, WEST_UNREGISTERED, west, reviewer, finance, coordinator);

  const units = await strapi.documents('api::unit.unit').findMany({ populate: ['customer'] as any, limit: 1000 } as any);
  const customerSecrets = units.flatMap((u: any) => (u.customer ? [u.customer.phone, u.customer.address].filter(Boolean) : []));
  if (!customerSecrets.includes(WEST_CUSTOMER.phone)) throw new Error('world: the west registration stored no customer');

  return { dealerTokens, staffTokens, east: eastRecords, west: westRecords, customerSecrets };
}

/** The plugin actions an admin role holds ('all' for the super admin). */
export async function actionsOf(strapi: Core.Strapi, role: StaffRole): Promise<Set<string> | 'all'> {
  if (role === 'Super Admin') return 'all';
  const row = await strapi.db.query('admin::role').findOne({ where: { name: role } });
  const permissions = await strapi.db.query('admin::permission').findMany({ where: { role: { id: row.id } }, select: ['action'] });
  return new Set(permissions.map((p: { action: string }) => p.action));
}

/** The plugin's own role holding `action`, as a real member of staff would call (the super admin otherwise). */
export async function roleFor(strapi: Core.Strapi, action: string | null): Promise<StaffRole> {
  for (const role of ['Technical reviewer', 'Finance', 'Service coordinator'] as const) {
    const actions = await actionsOf(strapi, role);
    if (action && actions !== 'all' && actions.has(action)) return role;
  }
  return 'Super Admin';
}

/** Everything that identifies the west dealer's business: none of it may reach the east dealer. */
export function westSecrets(world: World): string[] {
  const w = world.west;
  return [
    FIXTURE.dealers.west, '西南测试经销商', 'West Test Dealer', FIXTURE.serials.west, WEST_NEW_SERIAL, WEST_UNREGISTERED,
    w.draft, w.inReview, w.infoRequested, w.awaiting, w.settledClaim, w.readyClaim,
    w.settlement, w.draftSettlement, w.shipmentNumber, w.trackingNumber, w.serviceRequest, w.workOrder, '13700000005', w.complaint, '13700000006',
    WEST_CUSTOMER.name, WEST_CUSTOMER.phone, WEST_CUSTOMER.address,
  ];
}
