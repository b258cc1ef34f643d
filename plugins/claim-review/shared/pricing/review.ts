import type { ClaimLine, ClaimTotals, InspectionResult, LineAction, LineId } from '../contracts/claim';
import type { DecisionInput } from '../contracts/inputs';
import { claimTotals, labourAmount } from './claim';
import { mulFen } from './fen';
import { hoursToTenths } from './hours';

export interface LineDecision {
  id: LineId;
  action: LineAction;
  qty?: number;
  hours?: number;
  reasonCode?: string;
}

/** What happens to lines the reviewer did not name. */
export type UndecidedLines = 'accept' | 'reject' | 'keep';

export interface ReviewedLines {
  lines: ClaimLine[];
  totals: ClaimTotals;
  /** Dotted paths into the decision's `lines` → validation code; when not empty nothing was applied. */
  fields: Record<string, string>;
}

const sameId = (a: LineId | undefined, b: LineId) => a !== undefined && String(a) === String(b);

function accepted(line: ClaimLine, reasonCode?: string): ClaimLine {
  const { adjustedQty: _q, adjustedHours: _h, reasonCode: _r, ...rest } = line;
  const out: ClaimLine = { ...rest, decision: 'accept', payable: line.amount };
  if (reasonCode) out.reasonCode = reasonCode;
  return out;
}

function rejected(line: ClaimLine, reasonCode?: string): ClaimLine {
  const { adjustedQty: _q, adjustedHours: _h, reasonCode: _r, ...rest } = line;
  const out: ClaimLine = { ...rest, decision: 'reject', payable: 0 };
  if (reasonCode) out.reasonCode = reasonCode;
  return out;
}

/**
 * The reviewer changes quantities and hours, never prices: payable is re-priced from
 * the line's own unit price, labour rounded half up once. `amount` keeps what the
 * dealer claimed so both stay visible. An adjustment may only lower the claim.
 */
export function applyLineDecisions(
  lines: readonly ClaimLine[],
  decisions: readonly LineDecision[],
  undecided: UndecidedLines = 'keep',
): ReviewedLines {
  const fields: Record<string, string> = {};
  const byIndex = new Map<number, LineDecision>();

  decisions.forEach((d, i) => {
    const at = lines.findIndex((l) => sameId(l.id, d.id));
    if (at < 0) {
      fields[`lines.${i}.id`] = 'unknown_line';
      return;
    }
    const line = lines[at];
    if (d.action === 'adjust') {
      if (line.kind === 'part') {
        if (d.qty === undefined) fields[`lines.${i}.qty`] = 'required';
        else if (d.qty > (line.qty ?? 0)) fields[`lines.${i}.qty`] = 'too_big';
      } else if (line.kind === 'labour') {
        if (d.hours === undefined) fields[`lines.${i}.hours`] = 'required';
        else if (hoursToTenths(d.hours) > hoursToTenths(line.hours ?? 0)) fields[`lines.${i}.hours`] = 'too_big';
      } else {
        fields[`lines.${i}.action`] = 'not_adjustable';
      }
    }
    byIndex.set(at, d);
  });

  if (Object.keys(fields).length) {
    const same = lines.map((l) => ({ ...l }));
    return { lines: same, totals: claimTotals(same), fields };
  }

  const out = lines.map((line, at): ClaimLine => {
    const d = byIndex.get(at);
    if (!d) {
      if (undecided === 'accept') return accepted(line);
      if (undecided === 'reject') return rejected(line);
      return { ...line };
    }
    if (d.action === 'accept') return accepted(line, d.reasonCode);
    if (d.action === 'reject') return rejected(line, d.reasonCode);
    const { reasonCode: _r, ...rest } = line;
    const next: ClaimLine = { ...rest, decision: 'adjust' };
    if (d.reasonCode) next.reasonCode = d.reasonCode;
    if (line.kind === 'part') {
      next.adjustedQty = d.qty as number;
      delete next.adjustedHours;
      next.payable = mulFen(line.unitPrice, d.qty as number);
    } else {
      const tenths = hoursToTenths(d.hours as number);
      next.adjustedHours = tenths / 10;
      delete next.adjustedQty;
      next.payable = labourAmount(line.unitPrice, tenths);
    }
    return next;
  });

  return { lines: out, totals: claimTotals(out), fields };
}

/**
 * A whole review decision: approve and partial accept every line not named, reject
 * pays nothing, request_info changes no line.
 */
export function applyDecision(
  lines: readonly ClaimLine[],
  decision: Pick<DecisionInput, 'decision' | 'lines'>,
): ReviewedLines {
  switch (decision.decision) {
    case 'approve':
    case 'partial':
      return applyLineDecisions(lines, decision.lines ?? [], 'accept');
    case 'reject':
      return applyLineDecisions(lines, [], 'reject');
    default:
      return applyLineDecisions(lines, [], 'keep');
  }
}

export interface ReturnedPartOutcome {
  partNumber: string;
  qty: number;
  result: InspectionResult;
}

const severityOf: Record<InspectionResult, number> = { confirmed: 0, no_fault: 1, misuse: 2, not_received: 3 };

/**
 * After inspection a returned part that is not confirmed (no fault, misuse, not
 * received) takes its quantity out of the line's payable; confirmed parts keep it.
 * Quantities are matched to the claim's part lines in order.
 */
export function applyInspections(
  lines: readonly ClaimLine[],
  outcomes: readonly ReturnedPartOutcome[],
): { lines: ClaimLine[]; totals: ClaimTotals } {
  const notConfirmed = new Map<string, number>();
  const worst = new Map<string, InspectionResult>();
  for (const o of outcomes) {
    if (o.result !== 'confirmed') notConfirmed.set(o.partNumber, (notConfirmed.get(o.partNumber) ?? 0) + o.qty);
    const w = worst.get(o.partNumber);
    if (w === undefined || severityOf[o.result] > severityOf[w]) worst.set(o.partNumber, o.result);
  }

  const out = lines.map((line): ClaimLine => {
    if (line.kind !== 'part' || !worst.has(line.ref)) return { ...line };
    const qty = line.adjustedQty ?? line.qty ?? 0;
    const open = notConfirmed.get(line.ref) ?? 0;
    const taken = Math.min(open, qty);
    notConfirmed.set(line.ref, open - taken);
    const next: ClaimLine = { ...line, inspection: taken > 0 ? (worst.get(line.ref) as InspectionResult) : 'confirmed' };
    if (line.decision !== 'reject') next.payable = mulFen(line.unitPrice, qty - taken);
    return next;
  });
  return { lines: out, totals: claimTotals(out) };
}
