import type { IsoDateTime } from './money';
import type { Disposition, InspectionResult, LineId } from './claim';

export type ShipmentStatus = 'shipped' | 'received';

export interface Inspection {
  result: InspectionResult;
  disposition: Disposition;
  note: string | null;
  inspectedAt: IsoDateTime;
}

export interface ReturnedPart {
  id: LineId;
  claimNumber: string;
  partNumber: string;
  qty: number;
  inspection?: Inspection;
}

export interface Shipment {
  id: LineId;
  number: string;
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  parts: ReturnedPart[];
  shippedAt?: IsoDateTime;
  receivedAt?: IsoDateTime | null;
}
