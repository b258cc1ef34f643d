import type { ServiceCoverage } from '@shared/service';
import type { WorkOrder } from '../../api/workOrders';
import { readNumber } from '../../forms/numbers';
import { fromLocalInput } from './localTime';

/** 维修服务回执单 as the technician types it: text as typed, turned into the request body only by `toReceiptInput`. */
export interface ReceiptForm {
  faultComponent: string;
  faultFound: string;
  workDone: string;
  parts: { partNumber: string; qtyIssued: string; qtyUsed: string; correct: boolean }[];
  labour: { operation: string; hours: string }[];
  travelKm: string;
  usage: { value: string; unit: 'h' | 'km' };
  coverage: '' | ServiceCoverage;
  completedAt: string;
  acceptance: { name: string; signature: string };
  satisfaction: '' | '1' | '2' | '3' | '4' | '5';
  comment: string;
}

export function emptyReceiptForm(order: Pick<WorkOrder, 'customer'>): ReceiptForm {
  return {
    faultComponent: '',
    faultFound: '',
    workDone: '',
    // Many visits use no parts: rows are added, never left blank to fail.
    parts: [],
    labour: [],
    travelKm: '',
    usage: { value: '', unit: 'h' },
    // Chosen by the technician each time: a wrong default would price or claim the job wrongly.
    coverage: '',
    // Empty means "when it is sent" (as 已到达 records the tap): a time filled in when the
    // form opens, to the minute, can fall before an arrival tapped seconds earlier.
    completedAt: '',
    acceptance: { name: order.customer.name, signature: '' },
    satisfaction: '',
    comment: '',
  };
}

/**
 * The request body, index for index with the form so a server path such as
 * `parts.1.qtyUsed` names the row the technician sees. It carries no amount: out of
 * warranty the server prices the charge itself.
 */
export function toReceiptInput(v: ReceiptForm, now: Date = new Date()): unknown {
  const km = readNumber(v.travelKm);
  const usage = readNumber(v.usage.value);
  return {
    faultComponent: v.faultComponent.trim(),
    faultFound: v.faultFound,
    workDone: v.workDone,
    parts: v.parts.map((p) => ({
      partNumber: p.partNumber.trim().toUpperCase(),
      qtyIssued: readNumber(p.qtyIssued),
      qtyUsed: readNumber(p.qtyUsed),
      correct: p.correct,
    })),
    labour: v.labour.map((l) => ({ operation: l.operation.trim().toUpperCase(), hours: readNumber(l.hours) })),
    travelKm: km ?? null,
    usage: usage === undefined ? null : { value: usage, unit: v.usage.unit },
    coverage: v.coverage || undefined,
    completedAt: v.completedAt ? fromLocalInput(v.completedAt) : now.toISOString(),
    acceptance: { name: v.acceptance.name, signature: v.acceptance.signature || undefined },
    satisfaction: v.satisfaction ? Number(v.satisfaction) : undefined,
    comment: v.comment.trim() || null,
  };
}

/** The inputs a server path or finding can be shown beside, in form order. */
export function receiptPaths(v: Pick<ReceiptForm, 'parts' | 'labour'>): string[] {
  return [
    'faultComponent',
    'faultFound',
    'workDone',
    ...v.parts.flatMap((_, i) => [`parts.${i}.partNumber`, `parts.${i}.qtyIssued`, `parts.${i}.qtyUsed`]),
    ...v.labour.flatMap((_, i) => [`labour.${i}.operation`, `labour.${i}.hours`]),
    'travelKm',
    'usage.value',
    'coverage',
    'completedAt',
    'acceptance.name',
    'acceptance.signature',
    'satisfaction',
    'comment',
  ];
}
