import type { Shipment } from '../../../shared';

export const SHIPMENT_UID = 'plugin::claim-review.shipment';
export const RETURNED_PART_UID = 'plugin::claim-review.returned-part';

export interface ReturnedPartRow {
  id: number;
  claimNumber: string;
  lineId: number;
  lineKey: string;
  partNumber: string;
  qty: number;
  result: 'confirmed' | 'no_fault' | 'misuse' | 'not_received' | null;
  disposition: 'reusable' | 'scrap' | null;
  note: string | null;
  inspectedAt: string | null;
  inspectedBy: string | null;
  shipment?: ShipmentRow | null;
}

export interface ShipmentRow {
  id: number;
  number: string;
  dealerCode: string;
  carrier: string;
  trackingNumber: string;
  status: 'shipped' | 'received';
  shippedAt: string | null;
  receivedAt: string | null;
  receivedBy: string | null;
  parts?: ReturnedPartRow[];
  dealer?: { code: string; name: string } | null;
}

/** Shipments are always read with their parts in a stable order. */
export const SHIPMENT_POPULATE = { parts: { orderBy: { id: 'asc' } }, dealer: { select: ['code', 'name'] } } as const;

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The Shipment of docs/api.md; staff also see the dealer and who received it. */
export function shipmentOf(row: ShipmentRow, options: { forStaff: boolean }): Shipment & Record<string, unknown> {
  const shipment: Shipment & Record<string, unknown> = {
    id: row.id,
    number: row.number,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    status: row.status,
    parts: (row.parts ?? []).map((p) => ({
      id: p.id,
      claimNumber: p.claimNumber,
      partNumber: p.partNumber,
      qty: p.qty,
      ...(p.inspectedAt && p.result
        ? { inspection: { result: p.result, disposition: p.disposition ?? 'scrap', note: p.note ?? null, inspectedAt: iso(p.inspectedAt)! } }
        : {}),
    })),
    shippedAt: iso(row.shippedAt) ?? undefined,
    receivedAt: iso(row.receivedAt),
  };
  if (options.forStaff) {
    shipment.dealer = { code: row.dealerCode, name: row.dealer?.name ?? row.dealerCode };
    shipment.receivedBy = row.receivedBy ?? null;
  }
  return shipment;
}
