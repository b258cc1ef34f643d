import type { Core } from '@strapi/strapi';
import { findOnePopulated } from './find-populated';
import type { ClaimLine, Finding, InspectionInput, ReturnedPartOutcome, ShipmentListQuery } from '../../../shared';
import { applyInspections, listAnswer, returnDueDate, RETURN_FORFEITED_REASON } from '../../../shared';
import { ApiError } from '../api-error';
import { SYSTEM, type Actor } from './audit';
import { CLAIM_UID, totalColumns, type ClaimRow, type LineRow } from './claim-store';
import { lineOf } from './claim-view';
import { RETURNED_PART_UID, SHIPMENT_POPULATE, SHIPMENT_UID, shipmentOf, type ReturnedPartRow, type ShipmentRow } from './shipment-view';
import { WEBHOOK_EVENTS } from './webhooks';
import { isRowId } from './row-id';

/** What the dealer owes of a line: the approved quantity of an accepted must-return part, until it is forfeited. */
export function owedQty(line: Pick<LineRow, 'kind' | 'mustReturn' | 'decision' | 'qty' | 'approvedQty' | 'reasonCode'>): number {
  if (line.kind !== 'part' || !line.mustReturn || line.reasonCode === RETURN_FORFEITED_REASON) return 0;
  if (line.decision !== 'accept' && line.decision !== 'adjust') return 0;
  return line.approvedQty ?? line.qty ?? 0;
}

/** A finding list without the overdue flag's finding: the claim's parts are no longer missing. */
export const withoutOverdue = (findings: Finding[] | null) => (findings ?? []).filter((f) => f.code !== 'RETURN_OVERDUE');

/** A step that closes the return other than by inspection (forfeiture): its event replaces parts_inspected. */
export interface ReturnClosing {
  event: 'return_forfeited';
  before?: unknown;
  after: Record<string, unknown>;
}

/** The same, on a reviewed line as the domain core answers it. */
const owedOf = (line: ClaimLine & { mustReturn?: boolean }) =>
  line.kind === 'part' && line.mustReturn && line.decision !== 'reject' && line.decision !== undefined ? (line.adjustedQty ?? line.qty ?? 0) : 0;

/**
 * Parts return (旧件返回), the manufacturer's side: the due date set at approval, the
 * receipt of a shipment, the inspection of each part, and the claim moving on once
 * every part it owes is inspected.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('claimStore');
  const audit = () => plugin().service('audit');
  const transitions = () => plugin().service('transitions');

  const findShipment = async (id: number): Promise<ShipmentRow> => {
    const row = isRowId(id)
      ? await findOnePopulated(strapi, SHIPMENT_UID, { where: { id }, populate: SHIPMENT_POPULATE })
      : null;
    if (!row) throw new ApiError('NOT_FOUND');
    return row as ShipmentRow;
  };

  const service = {
    /**
     * Right after an approval: the claim waits for its must-return parts until the first
     * cut-off at least returnMinDays after the approval date (policy returnCutoffs), or,
     * owing nothing, is ready to settle.
     */
    async startReturn(claim: ClaimRow, lines: ClaimLine[], now: Date, onCommit: (cb: () => void) => void): Promise<ClaimRow> {
      const owed = lines.filter((l) => owedOf(l) > 0);
      if (owed.length === 0) {
        return transitions().apply(claim, { event: 'nothing_to_return', as: 'system', actor: SYSTEM }, onCommit);
      }
      const policy = await plugin().service('review').policyOfClaim(claim);
      const approvedOn = plugin().service('facts').today(now);
      // A policy that names no cut-offs falls back to the handbook's 30 June / 31 December.
      const due = returnDueDate(approvedOn, policy?.returnCutoffs ?? undefined, policy?.returnMinDays);
      return transitions().apply(
        claim,
        {
          event: 'await_parts',
          as: 'system',
          actor: SYSTEM,
          data: { returnDueDate: due },
          after: { returnDueDate: due, parts: owed.map((l) => ({ lineId: l.id, partNumber: l.ref, qty: owedOf(l) })) },
        },
        onCommit,
      );
    },

    /** The claim's lines with a returned part in a received shipment, whenever it came. */
    async receivedLineIds(claim: { number: string }): Promise<Set<number>> {
      const returned = (await strapi.db.query(RETURNED_PART_UID).findMany({
        where: { claimNumber: claim.number },
        populate: { shipment: { select: ['status', 'receivedAt'] } },
      })) as ReturnedPartRow[];
      return new Set(returned.filter((p) => p.shipment?.status === 'received').map((p) => p.lineId));
    },

    /**
     * A late receipt clears the overdue flag once nothing the claim owes is missing: the
     * claim then settles on its inspection like any other.
     */
    async clearOverdueIfReceived(number: string, shipmentNumber: string, at: Date) {
      const claim: ClaimRow = await store().mustFind(number);
      if (claim.status !== 'awaiting_parts' || !claim.returnOverdue) return;
      const received = await service.receivedLineIds(claim);
      if ((claim.lines ?? []).some((line) => owedQty(line) > 0 && !received.has(line.id))) return;
      await store().bump(claim, { returnOverdue: false, findings: withoutOverdue(claim.findings) });
      await audit().append({
        claim,
        type: 'return_overdue_cleared',
        actor: SYSTEM,
        comment: shipmentNumber,
        before: { returnOverdue: true },
        after: { returnOverdue: false, shipment: shipmentNumber },
        at,
      });
    },

    /** Shipments, newest first; a dealer scope narrows them to one dealer's, seen as that dealer sees them. */
    async list(query: ShipmentListQuery, scope: { dealerCode?: string } = {}) {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 25;
      const where: Record<string, unknown> = {};
      if (scope.dealerCode) where.dealerCode = scope.dealerCode;
      if (query.status) where.status = query.status;
      const [rows, total] = await Promise.all([
        strapi.db.query(SHIPMENT_UID).findMany({
          where,
          populate: SHIPMENT_POPULATE,
          orderBy: [{ shippedAt: 'desc' }, { id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(SHIPMENT_UID).count({ where }),
      ]);
      return listAnswer((rows as ShipmentRow[]).map((r) => shipmentOf(r, { forStaff: !scope.dealerCode })), page, pageSize, total);
    },

    /** The shipment arrived: each claim it carries parts of hears of it, and integrators too. */
    async receive(id: number, actor: Actor) {
      await strapi.db.transaction(async ({ onCommit }) => {
        const shipment = await findShipment(id);
        if (shipment.status !== 'shipped') throw new ApiError('WRONG_STATE');
        const at = new Date();
        const { count } = await strapi.db.query(SHIPMENT_UID).updateMany({
          where: { id: shipment.id, status: 'shipped' },
          data: { status: 'received', receivedAt: at, receivedBy: actor.name },
        });
        if (count !== 1) throw new ApiError('WRONG_STATE');
        const parts = shipment.parts ?? [];
        const numbers = Array.from(new Set(parts.map((p) => p.claimNumber)));
        const claims = await strapi.db.query(CLAIM_UID).findMany({ where: { number: { $in: numbers } }, select: ['id', 'number'] });
        for (const claim of claims) {
          await audit().append({
            claim,
            type: 'parts_received',
            actor,
            comment: shipment.number,
            after: { shipment: shipment.number, parts: parts.filter((p) => p.claimNumber === claim.number).map((p) => ({ partNumber: p.partNumber, qty: p.qty })) },
            at,
          });
          await service.clearOverdueIfReceived(claim.number, shipment.number, at);
        }
        const payload = {
          id: shipment.id,
          number: shipment.number,
          dealer: shipment.dealerCode,
          from: 'shipped',
          to: 'received',
          at: at.toISOString(),
          parts: parts.map((p) => ({ id: p.id, claimNumber: p.claimNumber, partNumber: p.partNumber, qty: p.qty })),
        };
        onCommit(() => plugin().service('webhooks').emit(WEBHOOK_EVENTS.SHIPMENT_RECEIVED, payload));
      });
      return shipmentOf(await findShipment(id), { forStaff: true });
    },

    /** One part's inspection (鉴定): written once, then the claim moves on if it was the last. */
    async inspect(partId: number, actor: Actor, input: InspectionInput) {
      let shipmentId = 0;
      await strapi.db.transaction(async ({ onCommit }) => {
        const part = (isRowId(partId)
          ? await strapi.db.query(RETURNED_PART_UID).findOne({ where: { id: partId }, populate: { shipment: { select: ['id', 'number', 'status'] } } })
          : null) as ReturnedPartRow | null;
        if (!part || !part.shipment) throw new ApiError('NOT_FOUND');
        shipmentId = part.shipment.id;
        // A part is inspected once the shipment is on the bench; the first inspection stands.
        if (part.shipment.status !== 'received' || part.inspectedAt) throw new ApiError('WRONG_STATE');
        const at = new Date();
        const { count } = await strapi.db.query(RETURNED_PART_UID).updateMany({
          where: { id: part.id, inspectedAt: { $null: true } },
          data: { result: input.result, disposition: input.disposition, note: input.note ?? null, inspectedAt: at, inspectedBy: actor.name },
        });
        if (count !== 1) throw new ApiError('WRONG_STATE');
        await store().updateLine(part.lineId, { inspectionResult: input.result });
        const claim = await store().mustFind(part.claimNumber);
        await audit().append({
          claim,
          type: 'part_inspected',
          actor,
          comment: input.note ?? null,
          after: { shipment: part.shipment.number, partNumber: part.partNumber, qty: part.qty, result: input.result, disposition: input.disposition },
          at,
        });
        await service.completeIfInspected(claim.number, onCommit);
      });
      return shipmentOf(await findShipment(shipmentId), { forStaff: true });
    },

    /**
     * When every part a claim owes has been inspected, the domain core takes the parts
     * that are not confirmed (and any shortfall, as not received) out of payable, and
     * the claim is ready to settle, unless it is flagged overdue (a part is still
     * missing). A forfeited line is owed no more. Answers whether the claim moved.
     */
    async completeIfInspected(number: string, onCommit: (cb: () => void) => void, closing?: ReturnClosing): Promise<boolean> {
      const claim: ClaimRow = await store().mustFind(number);
      if (claim.status !== 'awaiting_parts') return false;
      const returned = (await strapi.db.query(RETURNED_PART_UID).findMany({ where: { claimNumber: number } })) as ReturnedPartRow[];
      const outcomes: ReturnedPartOutcome[] = [];
      for (const line of claim.lines ?? []) {
        const owed = owedQty(line);
        if (owed === 0) continue;
        const part = returned.find((p) => p.lineId === line.id);
        if (!part || !part.inspectedAt || !part.result) return false;
        outcomes.push({ partNumber: part.partNumber, qty: part.qty, result: part.result });
        if (part.qty < owed) outcomes.push({ partNumber: line.ref, qty: owed - part.qty, result: 'not_received' });
      }
      const before = (claim.lines ?? []).map(lineOf) as ClaimLine[];
      const { lines, totals } = applyInspections(before, outcomes);
      for (const line of lines) {
        const was = before.find((l) => l.id === line.id)!;
        if (line.payable !== was.payable || line.inspection !== was.inspection) {
          await store().updateLine(Number(line.id), { payable: line.payable, inspectionResult: line.inspection ?? null });
        }
      }
      const change = {
        before: { totals: { payable: claim.payableAmount } },
        after: { totals: { payable: totals.payable }, outcomes },
      };
      if (claim.returnOverdue) {
        // A part is still missing past the cut-off: the outcome is recorded, the claim does not settle yet.
        await store().bump(claim, totalColumns(totals));
        await audit().append({ claim, type: 'parts_inspected_late', actor: SYSTEM, ...change });
        return false;
      }
      const move = closing
        ? { event: closing.event, before: closing.before ?? change.before, after: { ...change.after, ...closing.after } }
        : { event: 'parts_inspected' as const, ...change };
      await transitions().apply(claim, { as: 'system', actor: SYSTEM, data: totalColumns(totals), ...move }, onCommit);
      return true;
    },
  };
  return service;
};
