import type { Core } from '@strapi/strapi';
import { findOnePopulated } from './find-populated';
import type {
  ClaimLine,
  ClaimStatus,
  ClaimTotals,
  DecisionInput,
  PolicyFacts,
  ReviewDecision,
  Sla,
  StaffClaimListQuery,
  WorkingCalendar,
} from '../../../shared';
import { DEFAULT_REVIEW_HOURS, allowedEvents, applyDecision, decisionEvent, hoursToTenths, listAnswer, slaOf, timerOf, transition, workingMsBetween } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { CLAIM_UID, totalColumns, type ClaimRow } from './claim-store';
import { claimOf, lineOf, summaryOf } from './claim-view';
import type { UnitRow } from './facts';
import { sqlSchema } from './sql-schema';

const REASON_CODE_UID = 'api::reason-code.reason-code';
const DEALER_UID = 'api::dealer.dealer';
/** What a queue row shows (summaryOf) and its timer (reviewTimer) read. */
const QUEUE_COLUMNS = [
  'id', 'number', 'status', 'version', 'dealerCode', 'serial', 'modelCode', 'failureDate', 'repairDate', 'remedy', 'faultComponent',
  'partsAmount', 'labourAmount', 'travelAmount', 'totalAmount', 'payableAmount', 'findings', 'createdAt', 'updatedAt',
  'submittedAt', 'reviewStartedAt', 'reviewDueAt', 'decidedAt', 'returnDueDate', 'returnOverdue',
];
const UNIT_UID = 'api::unit.unit';

/** Claims a reviewer owes an answer on: their review clock runs. */
const WAITING_FOR_REVIEWER: ClaimStatus[] = ['submitted', 'in_review'];
/** What staff may list; a draft is the dealer's unfiled work and stays the dealer's. */
const STAFF_STATUSES: ClaimStatus[] = [
  'submitted', 'in_review', 'info_requested', 'rejected', 'approved', 'partially_approved', 'awaiting_parts', 'ready_to_settle', 'settled',
];

const EVENT_DECISION: Partial<Record<string, ReviewDecision>> = {
  approve: 'approve',
  approve_partially: 'partial',
  reject: 'reject',
  request_info: 'request_info',
};

export type StaffQuery = StaffClaimListQuery & { all?: boolean };

/**
 * The review timer: started when the claim reached the reviewer, due at the instant fixed
 * then (policy reviewHours in working hours of the office calendar as it was then). It
 * stops at the decision; while the dealer owes an answer it is never overdue.
 */
export function reviewTimer(
  row: Pick<ClaimRow, 'status' | 'submittedAt' | 'reviewDueAt' | 'decidedAt'> & { reviewStartedAt?: string | null },
  now: Date,
  calendar: WorkingCalendar,
): Sla | null {
  const start = row.reviewStartedAt ?? row.submittedAt;
  if (!start || !row.reviewDueAt) return null;
  const waiting = WAITING_FOR_REVIEWER.includes(row.status as ClaimStatus) || row.status === 'info_requested';
  const end = !waiting && row.decidedAt ? new Date(row.decidedAt) : now;
  const sla = timerOf(new Date(start), new Date(row.reviewDueAt), end, calendar);
  if (row.status === 'info_requested') sla.overdue = false;
  return sla;
}

/** How many working hours the review clock was given when it started. */
function clockHours(row: Pick<ClaimRow, 'submittedAt' | 'reviewDueAt'> & { reviewStartedAt?: string | null }, calendar: WorkingCalendar): number {
  const start = row.reviewStartedAt ?? row.submittedAt;
  return Math.round(workingMsBetween(new Date(start!), new Date(row.reviewDueAt!), calendar) / 3_600_000);
}

/** The decisions the state machine lets a reviewer take now. */
export function decisionsFor(status: string): ReviewDecision[] {
  return allowedEvents(status as ClaimStatus, 'reviewer')
    .map((event) => EVENT_DECISION[event])
    .filter((d): d is ReviewDecision => Boolean(d));
}

/** What the audit trail keeps of the lines before and after a decision. */
const snapshot = (status: string, lines: ClaimLine[], totals: ClaimTotals) => ({
  status,
  totals,
  lines: lines.map((l) => ({
    id: l.id,
    ref: l.ref,
    decision: l.decision ?? null,
    reasonCode: l.reasonCode ?? null,
    adjustedQty: l.adjustedQty ?? null,
    adjustedHours: l.adjustedHours ?? null,
    payable: l.payable,
  })),
});

const totalsOfRow = (row: ClaimRow): ClaimTotals => ({
  parts: row.partsAmount, labour: row.labourAmount, travel: row.travelAmount, total: row.totalAmount, payable: row.payableAmount,
});

/**
 * Technical review (技术鉴定): the staff queue with its timers, the claim as a reviewer
 * sees it (unit history, photos, full audit trail), and the decision. Line outcomes and
 * totals are the domain core's; the state machine and the version guard are the
 * transitions service's.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const facts = () => plugin().service('facts');
  const store = () => plugin().service('claimStore');
  const audit = () => plugin().service('audit');
  const transitions = () => plugin().service('transitions');

  /**
   * Claims per status in one GROUP BY. The where clause is built by Strapi's query builder
   * (same filters, same dialect handling as the page query); only the grouping is knex's.
   */
  async function countsByStatus(scope: Record<string, unknown>[]): Promise<Map<string, number>> {
    const knexQuery = strapi.db.queryBuilder(CLAIM_UID).where({ $and: scope }).count().getKnexQuery();
    const rows: { status: string; n: number | string }[] = await knexQuery.clearSelect().select('status').count({ n: '*' }).groupBy('status');
    return new Map(rows.map((r) => [r.status, Number(r.n)]));
  }

  /**
   * One page of the queue with each claim's dealer name, in one statement: the where and
   * the order are Strapi's query builder's (as for the counts), the dealer is a join on
   * the link table instead of a second query, and only the columns a queue row shows are
   * read (not the dealer's input, kept as JSON on the row).
   */
  async function queuePage(filters: Record<string, unknown>[], page: number, pageSize: number): Promise<Array<ClaimRow & { dealerName: string | null }>> {
    const s = sqlSchema(strapi);
    const qb = strapi.db.queryBuilder(CLAIM_UID).where({ $and: filters }).orderBy([{ reviewDueAt: 'asc' }, { id: 'asc' }]).offset((page - 1) * pageSize).limit(pageSize);
    const link = s.link(CLAIM_UID, 'dealer');
    const rows: Record<string, unknown>[] = await qb
      .getKnexQuery()
      .clearSelect()
      .select(QUEUE_COLUMNS.map((attribute) => `${qb.alias}.${s.column(CLAIM_UID, attribute)}`))
      .select('d.name as dealer_name_')
      .leftJoin(`${link.name} as dl`, `dl.${link.own}`, `${qb.alias}.id`)
      .leftJoin(`${s.table(DEALER_UID)} as d`, 'd.id', `dl.${link.other}`);
    return rows.map((raw) => ({ ...s.attributes<ClaimRow>(CLAIM_UID, raw, ''), dealerName: (raw.dealer_name_ as string | null) ?? null }));
  }

  const service = {
    async unitOf(serial: string): Promise<UnitRow | null> {
      return findOnePopulated<UnitRow>(strapi, UNIT_UID, {
        where: { serial },
        populate: { model: true, dealer: { select: ['id', 'code', 'name'] } },
      });
    },

    /** The policy that governs the claim's unit (by its sale date), or null. */
    async policyOfClaim(row: { serial: string }): Promise<PolicyFacts | null> {
      const unit = await service.unitOf(row.serial);
      return unit ? facts().policyFor(facts().toUnitFacts(unit)) : null;
    },

    /** A fresh review clock from `now`: used when a claim comes (back) to the reviewer. */
    async clockFrom(row: { serial: string }, now: Date) {
      const policy = await service.policyOfClaim(row);
      const hours = policy?.reviewHours ?? DEFAULT_REVIEW_HOURS;
      return { reviewStartedAt: now, reviewDueAt: new Date(slaOf(now.toISOString(), hours, now, await facts().workingCalendar()).dueAt) };
    },

    async queue(query: StaffQuery, now = new Date()) {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 25;
      const calendar: WorkingCalendar = await facts().workingCalendar();
      const scope: Record<string, unknown>[] = [{ status: { $in: STAFF_STATUSES } }];
      if (query.dealer) scope.push({ dealerCode: query.dealer });
      if (query.q) scope.push({ $or: [{ number: { $containsi: query.q } }, { serial: { $containsi: query.q } }] });

      const filters = [...scope];
      if (!query.all) filters.push({ status: query.status ?? 'in_review' });
      const overdue = { status: { $in: WAITING_FOR_REVIEWER }, reviewDueAt: { $lt: now } };
      if (query.overdue === true) filters.push(overdue);
      if (query.overdue === false) {
        filters.push({ $or: [{ status: { $notIn: WAITING_FOR_REVIEWER } }, { reviewDueAt: { $null: true } }, { reviewDueAt: { $gte: now } }] });
      }

      const db = strapi.db.query(CLAIM_UID);
      // The plain status page's total is its status count: one COUNT saved on the common case.
      const totalIsStatusCount = !query.all && query.overdue === undefined;
      const [rows, perStatus, overdueCount, filteredTotal] = await Promise.all([
        queuePage(filters, page, pageSize),
        countsByStatus(scope),
        db.count({ where: { $and: [...scope, overdue] } }),
        totalIsStatusCount ? Promise.resolve(null) : db.count({ where: { $and: filters } }),
      ]);
      const counts = Object.fromEntries(STAFF_STATUSES.map((status) => [status, perStatus.get(status) ?? 0]));
      const total = filteredTotal ?? counts[query.status ?? 'in_review'] ?? 0;
      const data = rows.map((row) => ({
        ...summaryOf(row),
        dealer: { code: row.dealerCode, name: row.dealerName ?? row.dealerCode },
        sla: reviewTimer(row, now, calendar),
      }));
      const answer = listAnswer(data, page, pageSize, total);
      return { data: answer.data, meta: { ...answer.meta, counts, overdue: overdueCount } };
    },

    async mustFindForStaff(number: string): Promise<ClaimRow> {
      const row = await store().findByNumber(number);
      if (!row || row.status === 'draft') throw new ApiError('NOT_FOUND');
      return row;
    },

    /** The Claim of docs/api.md as staff see it, with what a reviewer decides on. */
    async detail(number: string, options: { mayReview: boolean; now?: Date }) {
      const now = options.now ?? new Date();
      const row = await service.mustFindForStaff(number);
      const [events, unit, history, photos, returned] = await Promise.all([
        audit().trail(number, { dealerView: false }),
        service.unitOf(row.serial),
        strapi.db.query(CLAIM_UID).findMany({
          where: { serial: row.serial, number: { $ne: number }, status: { $in: STAFF_STATUSES } },
          orderBy: [{ repairDate: 'desc' }, { id: 'desc' }],
        }),
        strapi.plugin('claim-review').service('claimPhotos').withIntegrity(row.photos ?? []),
        strapi.db.query('plugin::claim-review.returned-part').findMany({
          where: { claimNumber: number },
          populate: { shipment: { select: ['id', 'number', 'status', 'carrier', 'trackingNumber', 'shippedAt', 'receivedAt'] } },
          orderBy: { id: 'asc' },
        }),
      ]);
      const policy = unit ? await facts().policyFor(facts().toUnitFacts(unit)) : null;
      const claim = claimOf(row, events, { forStaff: true });
      const calendar: WorkingCalendar = await facts().workingCalendar();
      const timer = reviewTimer(row, now, calendar);
      const fieldService = Boolean(row.travelKm);
      const serviceLevels = policy
        ? [
            ...(fieldService
              ? [
                  { code: 'dispatchArrange', hours: policy.dispatchArrangeHours ?? null },
                  { code: 'dispatchCheck', hours: policy.dispatchCheckHours ?? null },
                  { code: 'onSite', hours: policy.onSiteHours ?? null },
                ]
              : []),
            { code: 'followUp', hours: policy.followUpHours ?? null },
          ].filter((l) => l.hours !== null)
        : [];
      return {
        ...claim,
        unit: unit
          ? {
              serial: unit.serial,
              model: unit.model ? { code: unit.model.code, name: unit.model.name, nameEn: unit.model.nameEn ?? null } : null,
              buildDate: unit.buildDate,
              saleDate: unit.saleDate,
              registrationDate: unit.registrationDate,
              registrationLate: Boolean(unit.registrationLate),
              dealer: unit.dealer ? { code: unit.dealer.code, name: (unit.dealer as any).name ?? unit.dealer.code } : null,
            }
          : null,
        policy: policy ? { code: policy.code, name: policy.name ?? null, clause: policy.clause ?? null } : null,
        unitHistory: (history as ClaimRow[]).map(summaryOf),
        // Re-hashed against the SHA-256 taken at upload: a file changed on disk shows as not intact.
        photos,
        returnedParts: returned.map((p: any) => ({
          id: p.id,
          partNumber: p.partNumber,
          qty: p.qty,
          shipment: p.shipment ? { id: p.shipment.id, number: p.shipment.number, status: p.shipment.status } : null,
          inspection: p.inspectedAt ? { result: p.result, disposition: p.disposition, note: p.note ?? null, inspectedAt: new Date(p.inspectedAt).toISOString() } : null,
        })),
        sla: timer ? { ...timer, reviewHours: clockHours(row, calendar), serviceLevels } : null,
        allowedDecisions: options.mayReview ? decisionsFor(row.status) : [],
      };
    },

    async reasonCodes() {
      const rows = await strapi.db.query(REASON_CODE_UID).findMany({ orderBy: { code: 'asc' } });
      return rows.map((r: any) => ({ code: r.code, label: r.label, labelEn: r.labelEn ?? null }));
    },

    /** Every reason code a line names must exist in the CMS list (api::reason-code). */
    async checkReasonCodes(lines: NonNullable<DecisionInput['lines']>) {
      const named = Array.from(new Set(lines.map((l) => l.reasonCode).filter((c): c is string => Boolean(c))));
      if (named.length === 0) return;
      const rows = await strapi.db.query(REASON_CODE_UID).findMany({ where: { code: { $in: named } }, select: ['code'] });
      const known = new Set(rows.map((r: { code: string }) => r.code));
      const fields: Record<string, string> = {};
      lines.forEach((l, i) => {
        if (l.reasonCode && !known.has(l.reasonCode)) fields[`lines.${i}.reasonCode`] = 'invalid';
      });
      if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', { fields });
    },

    /**
     * A reviewer's decision, guarded by If-Match: the version read by the reviewer must
     * still be the claim's, or nothing changes (409). On approval the claim goes on to
     * parts return at once (system actor).
     */
    async decide(number: string, actor: Actor, input: DecisionInput, expectedVersion: number | null, options: { now?: Date } = {}) {
      if (expectedVersion === null) throw new ApiError('VALIDATION_FAILED', { fields: { 'If-Match': 'required' } });
      const now = options.now ?? new Date();
      const decisionLines = input.lines ?? [];
      // "approve" pays every line as claimed; a reviewer who cuts or refuses a line approves partially.
      if (input.decision === 'approve') {
        const fields: Record<string, string> = {};
        decisionLines.forEach((l, i) => {
          if (l.action !== 'accept') fields[`lines.${i}.action`] = 'invalid';
        });
        if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', { fields });
      }
      await strapi.db.transaction(async ({ onCommit }) => {
        const row = await service.mustFindForStaff(number);
        if (row.version !== expectedVersion) throw new ApiError('STALE_VERSION');
        await service.decideWithin(row, actor, input, now, onCommit);
      });
      return service.detail(number, { mayReview: true, now });
    },

    /**
     * The decision's writes, inside the caller's transaction, on a row the caller read and
     * checked: a reviewer's decision and the system's low-risk approval (auto-approve) both
     * come here, so status, lines, totals, events, webhooks and parts return are the same.
     */
    async decideWithin(row: ClaimRow, actor: Actor, input: DecisionInput, now: Date, onCommit: (cb: () => void) => void): Promise<void> {
      const decisionLines = input.lines ?? [];
      const event = decisionEvent(input.decision);
      const legal = transition(row.status as ClaimStatus, event, 'reviewer');
      if (!legal.ok) throw new ApiError(legal.reason);
      await service.checkReasonCodes(decisionLines);

      const current = (row.lines ?? []).map(lineOf) as ClaimLine[];
      const reviewed = applyDecision(current, { decision: input.decision, lines: decisionLines });
      if (Object.keys(reviewed.fields).length) throw new ApiError('VALIDATION_FAILED', { fields: reviewed.fields });

      const decides = input.decision !== 'request_info';
      const next: ClaimRow = await transitions().apply(
        row,
        {
          event,
          as: 'reviewer',
          actor,
          comment: input.comment || null,
          data: decides ? { ...totalColumns(reviewed.totals), decidedAt: now } : {},
          before: snapshot(row.status, current, totalsOfRow(row)),
          after: decides ? snapshot(legal.to, reviewed.lines, reviewed.totals) : { status: legal.to },
        },
        onCommit,
      );
      if (!decides) return;
      for (const line of reviewed.lines) {
        await store().updateLine(Number(line.id), {
          decision: line.decision ?? null,
          reasonCode: line.reasonCode ?? null,
          approvedQty: line.adjustedQty ?? null,
          approvedHoursTenths: line.adjustedHours !== undefined ? hoursToTenths(line.adjustedHours) : null,
          payable: line.payable,
        });
      }
      if (input.decision === 'approve' || input.decision === 'partial') {
        await plugin().service('returns').startReturn(next, reviewed.lines, now, onCommit);
      }
    },
  };
  return service;
};
