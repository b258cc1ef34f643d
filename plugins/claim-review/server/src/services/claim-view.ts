import type { Claim, ClaimEvent, ClaimLine, ClaimSummary, ClaimTotals, Finding, Question } from '../../../shared';
import { CLAIM_TRANSITIONS, tenthsToHours } from '../../../shared';
import type { ClaimRow, LineRow } from './claim-store';

export interface EventRow {
  id: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorType: 'dealer' | 'staff' | 'system';
  actorName: string | null;
  comment: string | null;
  before: unknown;
  after: unknown;
  dealerVisible: boolean;
  at: string | Date;
}

/** A stored instant as the API answers it (ISO 8601, UTC), or null. */
export const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

export function totalsOf(row: ClaimRow): ClaimTotals {
  return { parts: row.partsAmount, labour: row.labourAmount, travel: row.travelAmount, total: row.totalAmount, payable: row.payableAmount };
}

export function lineOf(row: LineRow): ClaimLine & Record<string, unknown> {
  const line: ClaimLine & Record<string, unknown> = {
    id: row.id,
    kind: row.kind,
    ref: row.ref,
    label: { zh: row.name ?? row.ref, en: row.nameEn ?? row.name ?? row.ref },
    unitPrice: row.unitPrice,
    amount: row.amount,
    payable: row.payable,
  };
  if (row.qty !== null) line.qty = row.qty;
  if (row.hoursTenths !== null) line.hours = tenthsToHours(row.hoursTenths);
  if (row.km !== null) line.km = row.km;
  if (row.decision) line.decision = row.decision;
  if (row.reasonCode) line.reasonCode = row.reasonCode;
  if (row.approvedQty !== null) line.adjustedQty = row.approvedQty;
  if (row.approvedHoursTenths !== null) line.adjustedHours = tenthsToHours(row.approvedHoursTenths);
  if (row.inspectionResult) line.inspection = row.inspectionResult as ClaimLine['inspection'];
  if (row.kind === 'part') {
    line.mustReturn = Boolean(row.mustReturn);
    line.causal = Boolean(row.causal);
    if (row.partCategory) line.category = row.partCategory;
  }
  return line;
}

const ACTOR: Record<EventRow['actorType'], ClaimEvent['actor']> = { dealer: 'dealer', staff: 'reviewer', system: 'system' };

/** Staff is the reviewer, except on a move the state machine gives to finance (settle). */
function actorOf(e: EventRow): ClaimEvent['actor'] {
  const rule = e.actorType === 'staff' ? CLAIM_TRANSITIONS.find((r) => r.event === e.type) : undefined;
  return rule?.actor === 'finance' ? 'finance' : ACTOR[e.actorType];
}

function timelineOf(events: EventRow[], forStaff: boolean): ClaimEvent[] {
  return events.map((e) => {
    const entry: ClaimEvent & Record<string, unknown> = { at: iso(e.at)!, actor: actorOf(e), event: e.type as ClaimEvent['event'] };
    if (e.fromStatus) entry.from = e.fromStatus as ClaimEvent['from'];
    if (e.toStatus) entry.to = e.toStatus as ClaimEvent['to'];
    if (e.comment) entry.comment = e.comment;
    if (forStaff) {
      entry.by = e.actorName ?? undefined;
      entry.dealerVisible = e.dealerVisible;
      if (e.before !== null && e.before !== undefined) entry.before = e.before;
      if (e.after !== null && e.after !== undefined) entry.after = e.after;
    }
    return entry;
  });
}

/** Each reviewer question with the dealer's answer that followed it. */
function questionsOf(events: EventRow[]): Question[] {
  const questions: Question[] = [];
  for (const e of events) {
    if (e.type === 'request_info') questions.push({ id: e.id, message: e.comment ?? '', askedAt: iso(e.at)! });
    if (e.type === 'answer') {
      const open = questions.find((q) => q.answer === undefined);
      if (open) {
        open.answer = e.comment ?? '';
        open.answeredAt = iso(e.at)!;
      }
    }
  }
  return questions;
}

type PhotoRow = NonNullable<ClaimRow['photos']>[number];

/** A claim's file as the portal lists it: `size` in bytes, where `photos` keeps the Media Library's kB. */
function attachmentOf(p: PhotoRow) {
  return { id: p.id, name: p.name, mime: p.mime, size: p.bytes, url: p.url, createdAt: iso(p.createdAt) };
}

/** The Claim of docs/api.md, as a dealer or as staff sees it. */
export function claimOf(row: ClaimRow, events: EventRow[], options: { forStaff: boolean }): Claim & Record<string, unknown> {
  const input = row.input;
  const claim: Claim & Record<string, unknown> = {
    number: row.number,
    status: row.status as Claim['status'],
    version: row.version,
    serial: row.serial,
    model: row.modelCode,
    failureDate: row.failureDate,
    repairDate: row.repairDate,
    remedy: row.remedy as Claim['remedy'],
    fault: { component: row.faultComponent, description: row.faultDescription },
    usage: row.usageValue !== null && row.usageUnit ? { value: row.usageValue, unit: row.usageUnit as 'h' | 'km' } : null,
    travel: row.travelKm !== null ? { km: row.travelKm } : null,
    repair: row.repairHandedOverAt && row.repairReturnedAt ? { handedOverAt: row.repairHandedOverAt, returnedAt: row.repairReturnedAt } : null,
    remedyValue: row.remedyValue ?? null,
    parts: input?.parts ?? [],
    labour: input?.labour ?? [],
    customerConfirmation: input?.customerConfirmation,
    lines: (row.lines ?? []).map(lineOf),
    totals: totalsOf(row),
    findings: (row.findings ?? []) as Finding[],
    questions: questionsOf(events),
    timeline: timelineOf(events, options.forStaff),
    photos: (row.photos ?? []).map((p) => ({ id: p.id, name: p.name, url: p.url, mime: p.mime, size: p.size })),
    attachments: (row.photos ?? []).map(attachmentOf),
    dealer: row.dealer ? { code: row.dealer.code, name: row.dealer.name } : { code: row.dealerCode, name: row.dealerCode },
    returnDueDate: row.returnDueDate,
    returnOverdue: Boolean(row.returnOverdue),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    submittedAt: iso(row.submittedAt),
    reviewDueAt: iso(row.reviewDueAt),
    decidedAt: iso(row.decidedAt),
    serviceRequest: row.serviceRequestNumber ?? null,
  };
  return claim;
}

export function summaryOf(row: ClaimRow): ClaimSummary & Record<string, unknown> {
  const findings = (row.findings ?? []) as Finding[];
  return {
    number: row.number,
    status: row.status as ClaimSummary['status'],
    version: row.version,
    serial: row.serial,
    model: row.modelCode,
    dealer: row.dealerCode,
    failureDate: row.failureDate,
    repairDate: row.repairDate,
    remedy: row.remedy as ClaimSummary['remedy'],
    faultComponent: row.faultComponent,
    totals: totalsOf(row),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    submittedAt: iso(row.submittedAt),
    reviewDueAt: iso(row.reviewDueAt),
    returnDueDate: row.returnDueDate,
    returnOverdue: Boolean(row.returnOverdue),
  };
}
