import type { Finding } from '@shared/contracts/findings';
import type { ClaimInput } from '@shared/contracts/inputs';
import type { Remedy, UsageUnit } from '@shared/contracts/claim';
import { isIsoDate } from '@shared/calendar/date-only';
import { precheck } from '@shared/precheck';
import { claimInputSchema } from '@shared/schemas/claim';
import { parseInput } from '@shared/schemas/validation-details';
import type { PortalClaim } from '../../api';
import { readNumber } from '../../forms/numbers';

/** What the form holds: text as typed, turned into a ClaimInput only by `toInput`. */
export interface ClaimForm {
  serial: string;
  failureDate: string;
  repairDate: string;
  usage: { value: string; unit: UsageUnit };
  remedy: Remedy;
  fault: { component: string; description: string };
  parts: { partNumber: string; qty: string; causal: boolean }[];
  labour: { operation: string; hours: string }[];
  travel: { km: string };
  /** Hand-over and return of the unit; both blank when it did not stay for the repair. */
  repair: { handedOverAt: string; returnedAt: string };
  customerConfirmation: { name: string; signedAt: string };
}

export function emptyClaimForm(serial = '', today = ''): ClaimForm {
  return {
    serial,
    failureDate: '',
    repairDate: today,
    usage: { value: '', unit: 'h' },
    remedy: 'repair',
    fault: { component: '', description: '' },
    parts: [{ partNumber: '', qty: '1', causal: true }],
    labour: [{ operation: '', hours: '' }],
    travel: { km: '' },
    repair: { handedOverAt: '', returnedAt: '' },
    customerConfirmation: { name: '', signedAt: today },
  };
}

/** A row nothing was typed into (the default quantity 1 counts as nothing): it is left out. */
const blankPart = (p: ClaimForm['parts'][number]) => !p.partNumber.trim() && ['', '1'].includes(p.qty.trim());
const blankLabour = (l: ClaimForm['labour'][number]) => !l.operation.trim() && !l.hours.trim();

/** The form index of each row that goes into the request, per list. */
function keptRows(v: Pick<ClaimForm, 'parts' | 'labour'>): { parts: number[]; labour: number[] } {
  const kept = <R,>(rows: R[], blank: (r: R) => boolean) => rows.flatMap((r, i) => (blank(r) ? [] : [i]));
  return { parts: kept(v.parts, blankPart), labour: kept(v.labour, blankLabour) };
}

/**
 * A path of the request (`parts.1.qty`, from the schema, the precheck or the server) as
 * the path of the form row it came from: empty rows are not sent, so indexes differ.
 */
export function toFormPath(path: string, v: Pick<ClaimForm, 'parts' | 'labour'>): string {
  const m = /^(parts|labour)\.(\d+)(\..*)?$/.exec(path);
  if (!m) return path;
  const row = keptRows(v)[m[1] as 'parts' | 'labour'][Number(m[2])];
  return row === undefined ? path : `${m[1]}.${row}${m[3] ?? ''}`;
}

export function toFormFields(fields: Record<string, string>, v: Pick<ClaimForm, 'parts' | 'labour'>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, code]) => [toFormPath(path, v), code]));
}

/**
 * The request body. Rows left empty (the blank labour row a new form starts with) are
 * not sent, so they neither block the precheck nor show errors; `toFormPath` maps the
 * paths of what is sent back to the rows the dealer sees.
 */
export function toInput(v: ClaimForm): unknown {
  const usage = readNumber(v.usage.value);
  const km = readNumber(v.travel.km);
  return {
    serial: v.serial.trim().toUpperCase(),
    failureDate: v.failureDate,
    repairDate: v.repairDate,
    usage: usage === undefined ? null : { value: usage, unit: v.usage.unit },
    remedy: v.remedy,
    fault: { component: v.fault.component, description: v.fault.description },
    parts: v.parts.filter((p) => !blankPart(p)).map((p) => ({ partNumber: p.partNumber.trim().toUpperCase(), qty: readNumber(p.qty), causal: p.causal })),
    labour: v.labour.filter((l) => !blankLabour(l)).map((l) => ({ operation: l.operation.trim().toUpperCase(), hours: readNumber(l.hours) })),
    travel: km === undefined ? null : { km },
    // One date without the other goes out as it is, so the schema names the missing one.
    repair: v.repair.handedOverAt || v.repair.returnedAt ? { handedOverAt: v.repair.handedOverAt, returnedAt: v.repair.returnedAt } : null,
    customerConfirmation: { name: v.customerConfirmation.name, signedAt: v.customerConfirmation.signedAt },
  };
}

export function parseClaimForm(v: ClaimForm) {
  return parseInput(claimInputSchema, toInput(v));
}

/**
 * Fields no precheck rule or price depends on. While only these are missing the server
 * precheck still runs, with neutral stand-ins that are never saved, so prices and
 * coverage show before the dealer has typed the customer's name.
 */
const NEUTRAL = ['fault.description', 'customerConfirmation.name', 'customerConfirmation.signedAt'];

export function precheckBody(v: ClaimForm, today: string): ClaimInput | null {
  const first = parseClaimForm(v);
  if (first.ok) return first.data;
  if (!Object.keys(first.fields).every((p) => NEUTRAL.includes(p))) return null;
  const patched: ClaimForm = {
    ...v,
    fault: { ...v.fault, description: v.fault.description.trim() || '—' },
    customerConfirmation: {
      name: v.customerConfirmation.name.trim() || '—',
      signedAt: isIsoDate(v.customerConfirmation.signedAt) ? v.customerConfirmation.signedAt : today,
    },
  };
  const second = parseClaimForm(patched);
  return second.ok ? second.data : null;
}

/**
 * Codes the browser can decide alone: with no master data in its context the shared
 * rules other than the date checks stay silent (PrecheckContext: undefined = not known).
 */
export const LOCAL_CODES = new Set(['DATES_INVALID']);

/** The shared precheck on what the browser knows: today's business date and the form. */
export function localFindings(v: ClaimForm, today: string): Finding[] {
  if (!isIsoDate(v.failureDate) || !isIsoDate(v.repairDate)) return [];
  const input = toInput(v) as ClaimInput;
  const r = input.repair;
  if (r && (!isIsoDate(r.handedOverAt) || !isIsoDate(r.returnedAt))) input.repair = null;
  const signedAt = isIsoDate(v.customerConfirmation.signedAt) ? v.customerConfirmation.signedAt : '';
  try {
    return precheck({ ...input, parts: [], labour: [], customerConfirmation: { name: '', signedAt } }, { today });
  } catch {
    // A half-typed value a rule cannot read is reported by the schema instead.
    return [];
  }
}

/** A stored claim back into the form, for editing a draft or a claim with questions. */
export function formFromClaim(c: PortalClaim): ClaimForm {
  const travelLine = c.lines.find((l) => l.kind === 'travel');
  const km = c.travel?.km ?? travelLine?.km;
  return {
    serial: c.serial,
    failureDate: c.failureDate,
    repairDate: c.repairDate,
    usage: { value: c.usage ? String(c.usage.value) : '', unit: c.usage?.unit ?? 'h' },
    remedy: c.remedy,
    fault: { component: c.fault.component, description: c.fault.description },
    parts: c.lines
      .filter((l) => l.kind === 'part')
      .map((l) => ({ partNumber: l.ref, qty: String(l.qty ?? 1), causal: l.causal ?? true })),
    labour: c.lines.filter((l) => l.kind === 'labour').map((l) => ({ operation: l.ref, hours: String(l.hours ?? '') })),
    travel: { km: km === undefined || km === null ? '' : String(km) },
    repair: { handedOverAt: c.repair?.handedOverAt ?? '', returnedAt: c.repair?.returnedAt ?? '' },
    customerConfirmation: {
      name: c.customerConfirmation?.name ?? '',
      signedAt: c.customerConfirmation?.signedAt ?? '',
    },
  };
}

/**
 * Puts each finding beside the input it is about: the exact path, else the first input
 * under it (`usage` → `usage.value`), else the nearest input above it (`parts.0` is shown
 * at its part number). What fits nowhere stays in the panel only.
 */
export function placeFindings(findings: Finding[], paths: string[]): { byPath: Map<string, Finding[]>; general: Finding[] } {
  const byPath = new Map<string, Finding[]>();
  const general: Finding[] = [];
  for (const f of findings) {
    const field = f.field;
    let target: string | undefined;
    if (field) {
      target =
        paths.find((p) => p === field) ??
        paths.find((p) => p.startsWith(`${field}.`)) ??
        paths.filter((p) => field.startsWith(`${p}.`)).sort((a, b) => b.length - a.length)[0];
    }
    if (target) byPath.set(target, [...(byPath.get(target) ?? []), f]);
    else general.push(f);
  }
  return { byPath, general };
}

export function formPaths(v: Pick<ClaimForm, 'parts' | 'labour'>): string[] {
  return [
    'serial',
    'failureDate',
    'repairDate',
    'repair.handedOverAt',
    'repair.returnedAt',
    'usage.value',
    'remedy',
    'fault.component',
    'fault.description',
    ...v.parts.flatMap((_, i) => [`parts.${i}.partNumber`, `parts.${i}.qty`]),
    ...v.labour.flatMap((_, i) => [`labour.${i}.operation`, `labour.${i}.hours`]),
    'travel.km',
    'customerConfirmation.name',
    'customerConfirmation.signedAt',
  ];
}
