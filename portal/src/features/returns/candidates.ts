import type { ListAnswer } from '@shared/contracts/answers';
import type { Bilingual, IsoDate } from '@shared/contracts/money';
import type { Shipment } from '@shared/contracts/shipment';
import { api, type PortalClaim } from '../../api';

/** One part line still owed to the manufacturer (旧件). */
export interface ReturnCandidate {
  key: string;
  claimNumber: string;
  partNumber: string;
  label?: Bilingual;
  /** Still to ship: approved quantity less what earlier shipments carried. */
  qty: number;
  dueDate?: IsoDate | null;
}

/**
 * Parts of claims awaiting return, less what is already on its way. A line with
 * `mustReturn: false` stays home; one without the flag counts, since the claim would
 * not await parts otherwise. Rejected lines owe nothing.
 */
export function returnCandidates(claims: PortalClaim[], shipments: Shipment[]): ReturnCandidate[] {
  const shipped = new Map<string, number>();
  for (const s of shipments) {
    for (const p of s.parts) {
      const k = `${p.claimNumber}\u0000${p.partNumber}`;
      shipped.set(k, (shipped.get(k) ?? 0) + p.qty);
    }
  }
  const owed = new Map<string, ReturnCandidate>();
  for (const c of claims) {
    for (const line of c.lines) {
      if (line.kind !== 'part' || line.mustReturn === false || line.decision === 'reject') continue;
      const qty = line.adjustedQty ?? line.qty ?? 0;
      if (qty <= 0) continue;
      const k = `${c.number}\u0000${line.ref}`;
      const prev = owed.get(k);
      if (prev) prev.qty += qty;
      else owed.set(k, { key: k, claimNumber: c.number, partNumber: line.ref, label: line.label, qty, dueDate: c.returnDueDate });
    }
  }
  const out: ReturnCandidate[] = [];
  for (const cand of owed.values()) {
    const left = cand.qty - (shipped.get(cand.key) ?? 0);
    if (left > 0) out.push({ ...cand, qty: left });
  }
  return out.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.claimNumber.localeCompare(b.claimNumber));
}

/** docs/api.md caps a page at 100; a dealer with more open returns than this has bigger problems. */
const MAX_PAGES = 10;

async function allPages<T>(load: (page: number) => Promise<ListAnswer<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await load(page);
    out.push(...answer.data);
    if (page >= answer.meta.pagination.pageCount) break;
  }
  return out;
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface ReturnsData {
  candidates: ReturnCandidate[];
  shipments: Shipment[];
}

export async function loadReturns(signal: AbortSignal): Promise<ReturnsData> {
  const [shipmentPages, awaitingPages] = await Promise.all([
    allPages((page) => api.shipments({ page, pageSize: 100 }, signal)),
    allPages((page) => api.claims({ status: 'awaiting_parts', page, pageSize: 100 }, signal)),
  ]);
  // A record that moved between pages while they were read must not count twice.
  const shipments = uniqueBy(shipmentPages, (s) => String(s.id));
  const awaiting = uniqueBy(awaitingPages, (c) => c.number);
  // The list answers summaries; the part lines are on each claim. Four at a time keeps
  // an old workshop line responsive.
  const claims = await mapLimited(awaiting, 4, (c) => api.claim(c.number, signal));
  return { candidates: returnCandidates(claims, shipments), shipments };
}
