import type { LineAction, LineDecision } from '../../../../shared';
import type { ReviewLine } from '../../api/types';

/** What the reviewer has set on one line, before it is sent. */
export interface LineDraft {
  action: LineAction;
  qty?: number;
  hours?: number;
  reasonCode?: string;
}

export type Drafts = Record<string, LineDraft>;

/** A line's earlier decision if it has one (re-review), else accept as claimed. */
export function initialDrafts(lines: ReviewLine[], keep: Drafts = {}): Drafts {
  const out: Drafts = {};
  for (const line of lines) {
    const id = String(line.id);
    if (keep[id]) out[id] = keep[id];
    else if (line.decision) out[id] = { action: line.decision, qty: line.adjustedQty, hours: line.adjustedHours, reasonCode: line.reasonCode };
    else out[id] = { action: 'accept' };
  }
  return out;
}

/** Only part and labour lines change quantity; travel is paid up to its cap or refused. */
export const adjustable = (line: ReviewLine) => line.kind === 'part' || line.kind === 'labour';

export function decisionLines(lines: ReviewLine[], drafts: Drafts): LineDecision[] {
  return lines.map((line) => {
    const d = drafts[String(line.id)] ?? { action: 'accept' };
    const out: LineDecision = { id: line.id!, action: d.action };
    if (d.action === 'adjust') {
      if (line.kind === 'part' && d.qty !== undefined) out.qty = d.qty;
      if (line.kind === 'labour' && d.hours !== undefined) out.hours = d.hours;
    }
    if (d.reasonCode && d.action !== 'accept') out.reasonCode = d.reasonCode;
    return out;
  });
}
