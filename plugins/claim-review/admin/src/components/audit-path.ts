/**
 * The audit trail's before/after snapshots are flattened to dotted paths
 * (`lines.TS-GBX-R.reasonCode`, `totals.payable`); a clerk reads them as labels
 * ("明细 TS-GBX-R · 原因", "核定金额"). This maps a path to the translation keys the pages
 * already use for the same fields, and a value to the label of its code.
 */
const FIELD_KEYS: Record<string, string> = {
  decision: 'lines.decision',
  payable: 'lines.payable',
  amount: 'lines.amount',
  unitPrice: 'audit.unitPrice',
  adjustedQty: 'lines.adjusted',
  adjustedHours: 'lines.adjusted',
  reasonCode: 'lines.reason',
  inspection: 'audit.inspection',
  qty: 'audit.qty',
  hours: 'audit.hours',
  km: 'fault.travel',
  status: 'audit.status',
  failureDate: 'fault.failureDate',
  repairDate: 'fault.repairDate',
  remedy: 'fault.remedy',
  component: 'fault.component',
  description: 'fault.description',
  'totals.parts': 'totals.parts',
  'totals.labour': 'totals.labour',
  'totals.travel': 'totals.travel',
  'totals.total': 'totals.total',
  'totals.payable': 'totals.payable',
  'travel.km': 'fault.travel',
  'usage.value': 'fault.usage',
};

/** Codes whose value has a label of its own, by the prefix of their translation keys. */
const VALUE_PREFIXES: Record<string, string> = { decision: 'action', inspection: 'inspection', status: 'status', remedy: 'remedy' };

export interface AuditPath {
  /** The line's ref when the path is about one line, else null. */
  line: string | null;
  /** The translation key of the field, or null for a field with no label (shown as it is). */
  fieldKey: string | null;
  field: string;
  /** The translation-key prefix of the value's label, or null when the value is shown as it is. */
  valuePrefix: string | null;
}

export function auditPath(path: string): AuditPath {
  const parts = path.split('.');
  const onLine = parts[0] === 'lines' && parts.length >= 3;
  const line = onLine ? parts.slice(1, -1).join('.') : null;
  const field = onLine ? parts[parts.length - 1] : path;
  const last = parts[parts.length - 1];
  const fieldKey = FIELD_KEYS[field] ?? (parts[0] === 'fault' ? FIELD_KEYS[last] : undefined) ?? null;
  return { line, fieldKey, field, valuePrefix: VALUE_PREFIXES[last] ?? null };
}
