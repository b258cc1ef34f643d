/**
 * The plugin's routes as Strapi registered them (so a route added later is in every
 * matrix without touching this suite), the real id each path parameter takes, and a
 * valid body per write route with the shared schema that judges it.
 */
import type { Core } from '@strapi/strapi';
import * as z from 'zod';
import {
  alertAcknowledgeInputSchema,
  answerInputSchema,
  appointmentInputSchema,
  arrivalInputSchema,
  contactAttemptInputSchema,
  declineInputSchema,
  followUpInputSchema,
  reassignInputSchema,
  complaintConfirmationInputSchema,
  complaintFromFollowUpSchema,
  complaintInputSchema,
  complaintNoticeInputSchema,
  complaintResolutionInputSchema,
  serviceReceiptInputSchema,
  serviceRequestInputSchema,
  triageInputSchema,
  claimCreateInputSchema,
  claimInputSchema,
  decisionInputSchema,
  inspectionInputSchema,
  isoDateSchema,
  quoteInputSchema,
  registrationInputSchema,
  settlementAdjustmentSchema,
  settlementCreateInputSchema,
  shipmentInputSchema,
  gradeChangeInputSchema,
  weeklyReportSendSchema,
  spotCheckDecisionSchema,
} from '../../../plugins/claim-review/shared';
import { FIXTURE } from '../../helpers/fixture';
import { goodClaim } from '../../helpers/dealer-api';
import { daysAgo, today } from '../../helpers/dates';
import { callBody, nowIso, receiptBody } from '../../helpers/service-desk';
import type { DealerRecords } from './world';
import contentApiRoutes from '../../../plugins/claim-review/server/src/routes/content-api';
import adminRoutes from '../../../plugins/claim-review/server/src/routes/admin';

export interface PluginRoute {
  api: 'dealer' | 'staff';
  method: string;
  /** As declared, e.g. `/claims/:number/submit`. */
  path: string;
  /** Mounted path: `/api/claim-review…` or `/claim-review…`. */
  mounted: string;
  handler: string;
  /** The RBAC action a staff route requires (`plugin::claim-review.claims.read`). */
  action: string | null;
  public: boolean;
  key: string;
}

/** The routes Strapi registered for the plugin (what the built server answers). */
export const pluginRoutes = (strapi: Core.Strapi) => routesOf(strapi.plugin('claim-review').routes as unknown as Record<string, any>);

/** The routes the plugin's sources declare, known before Strapi boots (one jest case each). */
export const declaredRoutes = () => routesOf({ 'content-api': contentApiRoutes, admin: adminRoutes });

function routesOf(table: Record<string, any>): PluginRoute[] {
  const out: PluginRoute[] = [];
  for (const [name, group] of Object.entries(table)) {
    const type = Array.isArray(group) ? name : group.type ?? name;
    const api = type === 'content-api' ? 'dealer' : 'staff';
    for (const route of Array.isArray(group) ? group : group.routes) {
      const policies: any[] = route.config?.policies ?? [];
      const rbac = policies.find((p) => typeof p === 'object' && p?.name === 'admin::hasPermissions');
      out.push({
        api,
        method: route.method,
        path: route.path,
        mounted: `${api === 'dealer' ? '/api/claim-review' : '/claim-review'}${route.path}`,
        handler: route.handler,
        action: rbac?.config?.actions?.[0] ?? null,
        public: route.config?.auth === false,
        key: `${route.method} ${route.path}`,
      });
    }
  }
  return out;
}

export const isWrite = (route: PluginRoute) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method);

/**
 * Routes that end the caller's own session (every token of the user stops working). They
 * take no input and name no record, so neither the fuzz nor the cross-dealer matrix has
 * anything to try on them, and calling them would sign the shared test dealer out for the
 * rest of the file; test/reliability/account.test.ts covers them with users of its own.
 */
export const ENDS_SESSION = new Set(['POST /logout']);

/**
 * Dealer portal reference (issue #18): routes whose parameter names master data every
 * dealer shares (a model), not a dealer's record; they answer the same to every dealer.
 */
export const SHARED_RECORDS = new Set(['GET /models/:code/reference']);

type Target = (r: DealerRecords) => string | number;

/** The id a path parameter takes, by the resource it follows… */
const BY_RESOURCE: Record<string, Target> = {
  'units/:serial': (r) => r.serial,
  'claims/:number': (r) => r.inReview,
  'settlements/:number': (r) => r.settlement,
  'shipments/:id': (r) => r.shipmentId,
  'returned-parts/:id': (r) => r.returnedPartId,
  'alerts/:id': (r) => r.alertId,
  'attachments/:id': (r) => r.attachmentId,
  'evidence/:id': (r) => r.attachmentId,
  'requests/:number': (r) => r.serviceRequest,
  'work-orders/:number': (r) => r.workOrder,
  // Complaints (投诉).
  'complaints/:number': (r) => r.complaint,
  'complaint-notices/:id': (r) => r.noticeId,
  // Dealer scorecard (staff routes): a dealer by code, a spot check of its ready claim.
  'scorecards/:code': (r) => r.code,
  'dealers/:code': (r) => r.code,
  'spot-checks/:id': (r) => r.spotCheckId,
  // Dealer portal reference (issue #18): the model every dealer's units are of.
  'models/:code': () => FIXTURE.model,
};

/** …or, where only a record in one state can take the request, by the route. */
const BY_ROUTE: Record<string, Target> = {
  'PUT /claims/:number': (r) => r.draft,
  'DELETE /claims/:number': (r) => r.draft,
  'POST /claims/:number/submit': (r) => r.draft,
  'POST /claims/:number/attachments': (r) => r.draft,
  'POST /claims/:number/answers': (r) => r.infoRequested,
  'POST /settlements/:number/issue': (r) => r.draftSettlement,
  'POST /settlements/:number/adjustments': (r) => r.draftSettlement,
  'DELETE /settlements/:number': (r) => r.draftSettlement,
};

export const hasParams = (route: PluginRoute) => /:\w+/.test(route.path);

/** The declared path (under its API base) with every parameter replaced by a real id of `records`' dealer. */
export function fill(route: PluginRoute, records: DealerRecords, replace?: (param: string, real: string) => string): string {
  return route.path.replace(/([\w-]+)\/:(\w+)/g, (_m, resource: string, param: string) => {
    const target = BY_ROUTE[route.key] ?? BY_RESOURCE[`${resource}/:${param}`];
    if (!target) throw new Error(`${route.api} ${route.key}: no real id known for :${param} — add one to test/reliability/lib/routes.ts`);
    const real = String(target(records));
    return `${resource}/${encodeURIComponent(replace ? replace(param, real) : real)}`;
  });
}

const priceListRows = z.object({
  effectiveFrom: isoDateSchema(),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).min(1),
});

interface BodySpec {
  body: (r: DealerRecords) => unknown;
  /** The schema the controller parses the body with (the oracle of "bad"). */
  schema: z.ZodType;
  /** The body names records, so another dealer's answers 404 like a path id. */
  namesRecords?: boolean;
}

const quote = () => ({ model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.motor, qty: 1 }], labour: [{ operation: FIXTURE.operations.motor, hours: 1.5 }], travelKm: 10 });

/** Valid bodies of the write routes that take one, keyed `METHOD path`. */
export const BODIES: Record<string, BodySpec> = {
  // Weekly report: mail a named week now (a valid body; the fuzz sends only what the schema refuses).
  'POST /service/reports/weekly/send': { body: () => ({ week: '2026-W48' }), schema: weeklyReportSendSchema },
  'POST /registrations': {
    body: (r) => ({ serial: r.unregistered, saleDate: daysAgo(3), customer: { name: '测试客户', phone: '13800000000', address: '测试地址 1 号' } }),
    schema: registrationInputSchema,
    namesRecords: true,
  },
  'POST /claims/precheck': { body: (r) => goodClaim({ serial: r.serial }), schema: claimInputSchema },
  'POST /claims': { body: (r) => goodClaim({ serial: r.serial }), schema: claimCreateInputSchema },
  'PUT /claims/:number': { body: (r) => goodClaim({ serial: r.serial }), schema: claimInputSchema },
  'POST /claims/:number/answers': { body: () => ({ message: '已补充照片 / Photos added' }), schema: answerInputSchema },
  'POST /shipments': {
    body: (r) => ({ carrier: '顺丰速运', trackingNumber: 'SF-FUZZ-1', parts: [{ claimNumber: r.awaiting, partNumber: FIXTURE.parts.motor, qty: 1 }] }),
    schema: shipmentInputSchema,
    namesRecords: true,
  },
  'POST /quotes': { body: quote, schema: quoteInputSchema },
  'POST /quotes/pdf': { body: () => ({ ...quote(), customerName: '李四' }), schema: quoteInputSchema.extend({ customerName: z.string().trim().max(100).nullish() }) },
  'POST /claims/:number/decision': { body: () => ({ decision: 'approve', comment: '' }), schema: decisionInputSchema },
  'POST /returned-parts/:id/inspection': { body: () => ({ result: 'confirmed', disposition: 'scrap', note: '' }), schema: inspectionInputSchema },
  'POST /settlements': { body: (r) => ({ dealer: r.code, periodStart: daysAgo(7), periodEnd: today() }), schema: settlementCreateInputSchema },
  'POST /settlements/:number/adjustments': { body: (r) => ({ claimNumber: r.settledClaim, amount: -100, reason: '更正 / Correction' }), schema: settlementAdjustmentSchema },
  'POST /analytics/alerts/:id/acknowledge': { body: () => ({ note: '已处理 / Handled' }), schema: alertAcknowledgeInputSchema },
  'POST /price-lists/preview': { body: () => ({ effectiveFrom: today(), rows: [{ number: FIXTURE.parts.bolt, dealerPrice: 1.6, guidePrice: 2.1 }] }), schema: priceListRows },
  'POST /price-lists/import': { body: () => ({ effectiveFrom: today(), rows: [{ number: FIXTURE.parts.bolt, dealerPrice: 1.6, guidePrice: 2.1 }] }), schema: priceListRows },
  // Service desk: the coordinator's intake, triage, reassign and follow-up; the station's work order.
  'POST /service/requests': {
    body: (r) => callBody({ unit: { serial: r.serial } }),
    schema: serviceRequestInputSchema,
  },
  'POST /service/requests/:number/triage': { body: () => ({ outcome: 'guidance', note: '电话指导 / Guided by phone' }), schema: triageInputSchema },
  'POST /service/work-orders/:number/reassign': {
    body: (r) => ({ dealer: r.code === FIXTURE.dealers.east ? FIXTURE.dealers.west : FIXTURE.dealers.east, reason: '改派 / Reassigned' }),
    schema: reassignInputSchema,
  },
  'POST /service/requests/:number/follow-ups': { body: () => ({ at: nowIso(), reached: false }), schema: followUpInputSchema },
  // Complaints (投诉): recorded, told, resolved, confirmed; raised from a follow-up call.
  'POST /service/complaints': {
    body: (r) => ({
      channel: 'letter',
      complainant: { name: '测试投诉人', phone: '13800000009' },
      subject: { kind: 'dealer', code: r.code },
      severity: 'minor',
      links: { serviceRequest: r.serviceRequest },
      description: '来信投诉 / A letter of complaint',
      receivedAt: nowIso(-60_000),
    }),
    schema: complaintInputSchema,
  },
  'POST /service/complaints/:number/notices': { body: () => ({ departments: ['technical'], note: '请处理 / Please handle' }), schema: complaintNoticeInputSchema },
  'POST /service/complaints/:number/resolution': { body: () => ({ at: nowIso(), resolution: '已致歉并更换技术员 / Apologised', documents: [] }), schema: complaintResolutionInputSchema },
  'POST /service/complaints/:number/confirmation': { body: () => ({ at: nowIso(), reached: false, note: '无人接听 / No answer' }), schema: complaintConfirmationInputSchema },
  'POST /service/requests/:number/complaints': {
    body: (r) => ({ subject: { kind: 'dealer', code: r.code }, severity: 'minor', description: '回访中投诉 / Raised on the call' }),
    schema: complaintFromFollowUpSchema,
  },
  'POST /work-orders/:number/decline': { body: () => ({ reason: '车辆外出 / Van out' }), schema: declineInputSchema },
  'POST /work-orders/:number/contact-attempts': { body: () => ({ at: nowIso(), reached: false }), schema: contactAttemptInputSchema },
  'POST /work-orders/:number/appointment': { body: () => ({ at: nowIso(86_400_000), agreedBy: '测试客户' }), schema: appointmentInputSchema },
  'POST /work-orders/:number/arrival': { body: () => ({ at: nowIso() }), schema: arrivalInputSchema },
  'POST /work-orders/:number/receipt': { body: () => receiptBody(), schema: serviceReceiptInputSchema },
  // Dealer scorecard: grading a dealer, deciding a spot check.
  'POST /dealers/:code/grade': { body: () => ({ grade: 'C', reason: '抽查不合格，降级 / Failed spot check, downgraded' }), schema: gradeChangeInputSchema },
  'POST /spot-checks/:id/decision': { body: () => ({ result: 'passed', note: '现场核实 / Checked on site' }), schema: spotCheckDecisionSchema },
};
