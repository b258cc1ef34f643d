import type { ServiceTimer } from '../../../shared';
import { contactForDealer, needsCheck } from '../../../shared';
import { iso } from './claim-view';
import type { RequestRow, WorkOrderRow } from './service-store';

/** Shapes of SERVICE_SPEC.md / docs/api.md "Service desk", built from rows; nothing here reads the database. */

const SYMPTOM_SUMMARY = 120;

export interface EventRowLike {
  at: string | Date;
  actorKind: 'coordinator' | 'dealer' | 'system';
  actorName: string | null;
  event: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  workOrderNumber: string | null;
}

export interface UnitCard {
  serial: string;
  model: { code: string; name: string } | null;
  saleDate: string | null;
  registered: boolean;
  coverage: unknown;
  sellingDealer: { code: string; name: string } | null;
  customer: { name: string; phone: string } | null;
}

export function timelineOf(events: EventRowLike[]) {
  return events.map((e) => ({
    at: iso(e.at),
    actor: { kind: e.actorKind, name: e.actorName ?? e.actorKind },
    event: e.event,
    from: e.fromStatus,
    to: e.toStatus,
    note: e.note,
    ...(e.workOrderNumber ? { workOrder: e.workOrderNumber } : {}),
  }));
}

export function receiptOf(row: any, signatureUrl: string | null) {
  if (!row) return null;
  return {
    faultComponent: row.faultComponent,
    faultFound: row.faultFound,
    workDone: row.workDone,
    parts: row.parts ?? [],
    labour: row.labour ?? [],
    travelKm: row.travelKm ?? null,
    usage: row.usage ?? null,
    coverage: row.coverage,
    completedAt: iso(row.completedAt),
    acceptance: { name: row.acceptanceName, signature: { url: signatureUrl, sha256: row.signatureSha256, bytes: row.signatureBytes } },
    satisfaction: row.satisfaction,
    comment: row.comment ?? null,
    charge: row.charge ?? null,
  };
}

export interface WorkOrderParts {
  wo: WorkOrderRow;
  sr: RequestRow;
  dealerName: string;
  unit: UnitCard | null;
  model: { code: string; name: string } | null;
  attempts: any[];
  receipt: ReturnType<typeof receiptOf>;
  claim: { number: string; status: string } | null;
  timers: ServiceTimer[];
  events: EventRowLike[];
}

/** A work order; the dealer's view masks the customer once the order is closed (core contactForDealer). */
export function workOrderOf(p: WorkOrderParts, options: { forDealer: boolean }) {
  const { wo, sr } = p;
  const contact = { name: sr.callerName, phone: sr.callerPhone, address: { region: sr.addressRegion, line: sr.addressLine ?? '' } };
  const shown = options.forDealer ? contactForDealer(contact, wo.status) : contact;
  return {
    number: wo.number,
    status: wo.status,
    version: wo.version,
    dealer: { code: wo.dealerCode, name: p.dealerName },
    request: { number: sr.number, channel: sr.channel, symptom: sr.symptom, receivedAt: iso(sr.receivedAt) },
    customer: { name: shown.name, phone: shown.phone, address: { region: shown.address.region, line: shown.address.line } },
    unit: {
      serial: sr.serial,
      model: p.model,
      purchaseDate: sr.purchaseDate ?? p.unit?.saleDate ?? null,
      coverage: p.unit?.coverage ?? null,
    },
    dispatchedAt: iso(wo.dispatchedAt),
    acceptedAt: iso(wo.acceptedAt),
    declinedAt: iso(wo.declinedAt),
    declineReason: wo.declineReason,
    appointment: wo.appointmentAt ? { at: iso(wo.appointmentAt), agreedBy: wo.appointmentAgreedBy } : null,
    arrivedAt: iso(wo.arrivedAt),
    completedAt: iso(wo.completedAt),
    endedAt: iso(wo.endedAt),
    contactAttempts: p.attempts.map((a) => ({ at: iso(a.at), reached: Boolean(a.reached), note: a.note ?? null, counted: Boolean(a.counted) })),
    failedContacts: wo.failedContacts,
    timers: p.timers,
    receipt: p.receipt,
    claim: p.claim,
    timeline: timelineOf(p.events),
  };
}

/** A board or worklist row. `timers`: the running and breached ones only. */
export function summaryOf(
  sr: RequestRow,
  wo: { number: string; status: string; dealerCode: string; dealerName: string | null } | null,
  timers: ServiceTimer[],
) {
  const shown = timers.filter((t) => t.state === 'running' || t.state === 'breached');
  const due = iso(sr.dueOrder);
  return {
    number: sr.number,
    status: sr.status,
    channel: sr.channel,
    caller: { name: sr.callerName, phone: sr.callerPhone },
    region: sr.addressRegion,
    serial: sr.serial,
    model: sr.modelCode,
    symptom: Array.from(sr.symptom ?? '')
      .slice(0, SYMPTOM_SUMMARY)
      .join(''),
    receivedAt: iso(sr.receivedAt),
    workOrder: wo ? { number: wo.number, status: wo.status, dealer: { code: wo.dealerCode, name: wo.dealerName ?? wo.dealerCode } } : null,
    timers: shown,
    check: needsCheck(timers),
    breached: timers.some((t) => t.state === 'breached'),
    nextDueAt: due && !due.startsWith('9999') ? due : null,
  };
}
