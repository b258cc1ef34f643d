import type { Bilingual, Fen, IsoDate, IsoDateTime } from './money';
import type { Finding } from './findings';

export type ClaimStatus =
  | 'draft'
  | 'submitted'
  | 'in_review'
  | 'info_requested'
  | 'rejected'
  | 'approved'
  | 'partially_approved'
  | 'awaiting_parts'
  | 'ready_to_settle'
  | 'settled';

export type Actor = 'dealer' | 'reviewer' | 'system' | 'finance';

export type ClaimEventName =
  | 'submit'
  | 'accept_precheck'
  | 'request_info'
  | 'answer'
  | 'reject'
  | 'approve'
  | 'approve_partially'
  | 'await_parts'
  | 'nothing_to_return'
  | 'parts_inspected'
  | 'return_forfeited'
  | 'settle'
  // Dealer scorecard: a reviewer's failed spot check sends an auto-approved claim back to review.
  | 'spot_check_failed';

export type Remedy = 'repair' | 'replacement' | 'refund';
export type UsageUnit = 'h' | 'km';

export interface Usage {
  value: number;
  unit: UsageUnit;
}

export type LineKind = 'part' | 'labour' | 'travel';
export type LineAction = 'accept' | 'adjust' | 'reject';
export type InspectionResult = 'confirmed' | 'no_fault' | 'misuse' | 'not_received';
export type Disposition = 'reusable' | 'scrap';
export type ReviewDecision = 'approve' | 'partial' | 'reject' | 'request_info';

export type LineId = string | number;

export interface ClaimLine {
  /** Assigned by the server when the claim is stored; absent on a precheck answer. */
  id?: LineId;
  kind: LineKind;
  /** Part number, labour operation code, or "travel". */
  ref: string;
  /** What the dealer claimed (parts). */
  qty?: number;
  /** What the dealer claimed, in hours with one decimal (labour). */
  hours?: number;
  /** What the dealer claimed (travel); `amount` is paid up to the cap only. */
  km?: number;
  label?: Bilingual;
  unitPrice: Fen;
  /** The claimed amount, priced by the server. */
  amount: Fen;
  decision?: LineAction;
  /** Reviewer's adjusted quantity / hours; price never changes. */
  adjustedQty?: number;
  adjustedHours?: number;
  /** What the manufacturer pays: 0 when rejected or the returned part is not confirmed. */
  payable: Fen;
  reasonCode?: string;
  /** Outcome of inspecting the returned part, when one was returned. */
  inspection?: InspectionResult;
}

export interface ClaimTotals {
  parts: Fen;
  labour: Fen;
  travel: Fen;
  total: Fen;
  payable: Fen;
}

export interface Fault {
  component: string;
  description: string;
}

export interface Question {
  id: LineId;
  message: string;
  askedAt: IsoDateTime;
  answer?: string;
  answeredAt?: IsoDateTime;
}

/** One entry of a claim's timeline / audit trail. */
export interface ClaimEvent {
  at: IsoDateTime;
  actor: Actor;
  /** A lifecycle event, or a non-transition action such as `created`, `updated`, `decision_lines`. */
  event:
    | ClaimEventName
    | 'created'
    | 'updated'
    | 'decision_lines'
    | 'attachment_added'
    | 'attachment_removed'
    | 'parts_shipped'
    | 'parts_received'
    | 'part_inspected'
    | 'parts_inspected_late'
    | 'return_overdue'
    | 'return_overdue_cleared'
    // Dealer scorecard: the rule that approved a claim without a reviewer, and its spot-check draw.
    | 'auto_approved'
    | 'auto_approve_declined'
    | 'spot_check_drawn'
    | 'spot_check_passed';
  from?: ClaimStatus;
  to?: ClaimStatus;
  /** Username or admin name; shown to staff only. */
  by?: string;
  comment?: string;
  /** False for entries only staff may see. */
  dealerVisible?: boolean;
}

/** When the customer handed the unit over for the repair and got it back. */
export interface RepairPeriod {
  handedOverAt: IsoDate;
  returnedAt: IsoDate;
}

/**
 * What a replacement or refund is worth: the unit's price (the model's dealer price),
 * less the usage charge the owner pays where the policy has one (household vehicles
 * 2021: price × km ÷ 1000 × n). `free` names the window that waives the charge.
 */
export interface RemedyValue {
  remedy: 'replacement' | 'refund';
  unitPrice: Fen | null;
  /** The reading the charge is computed on; null when the policy has no charge or the reading is missing. */
  km: number | null;
  /** n in basis points (50 = 0.5 %); null when the policy has no usage charge. */
  rateBp: number | null;
  usageCharge: Fen | null;
  free: 'refund_window' | 'early_remedy' | null;
  /** unitPrice − usageCharge, when both are known. */
  net: Fen | null;
}

export interface Claim {
  number: string;
  status: ClaimStatus;
  version: number;
  serial: string;
  failureDate: IsoDate;
  repairDate: IsoDate;
  remedy: Remedy;
  fault: Fault;
  usage: Usage | null;
  lines: ClaimLine[];
  totals: ClaimTotals;
  findings: Finding[];
  questions: Question[];
  timeline: ClaimEvent[];
  travel?: { km: number } | null;
  repair?: RepairPeriod | null;
  /** Replacement and refund claims: the unit's value and the usage charge. */
  remedyValue?: RemedyValue | null;
  customerConfirmation?: { name: string; signedAt: IsoDate };
  dealer?: { code: string; name: string };
  returnDueDate?: IsoDate | null;
  createdAt?: IsoDateTime;
  updatedAt?: IsoDateTime;
  submittedAt?: IsoDateTime | null;
  /** Staff only: the unit's other claims. */
  unitHistory?: ClaimSummary[];
}

export interface ClaimSummary {
  number: string;
  status: ClaimStatus;
  version: number;
  serial: string;
  failureDate: IsoDate;
  repairDate: IsoDate;
  remedy: Remedy;
  totals: ClaimTotals;
  errors?: number;
  warnings?: number;
  createdAt?: IsoDateTime;
  updatedAt?: IsoDateTime;
  submittedAt?: IsoDateTime | null;
}

export interface Sla {
  ageHours: number;
  dueAt: IsoDateTime;
  overdue: boolean;
}

export interface StaffQueueRow extends ClaimSummary {
  dealer: { code: string; name: string };
  sla: Sla;
}
