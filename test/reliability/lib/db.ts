/**
 * What the database holds, for "nothing was written" and for the invariants a crash
 * must not break: row counts of every business table, and the consistency checks of
 * claims, numbers and settlements.
 */
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';

/** Tables of the plugin, of the master data, of portal users and of uploaded files, with their link tables. */
function businessTables(strapi: Core.Strapi): string[] {
  const tables = new Set<string>();
  for (const [uid, meta] of (strapi.db.metadata as unknown as Map<string, any>).entries()) {
    if (!/^(plugin::claim-review\.|api::|plugin::upload\.file$|plugin::users-permissions\.user$)/.test(uid)) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values<any>(meta.attributes)) {
      if (attribute.joinTable?.name) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
}

let cached: string[] | null = null;

export async function rowCounts(strapi: Core.Strapi): Promise<Record<string, number>> {
  cached ??= businessTables(strapi);
  const counts = await Promise.all(cached.map(async (table) => {
    const [row] = await strapi.db.getConnection(table).count({ n: '*' });
    return [table, Number((row as { n: number | string }).n)] as const;
  }));
  return Object.fromEntries(counts);
}

/** The tables whose counts differ between two snapshots. */
export const changed = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]).map((t) => `${t}: ${before[t]} → ${after[t]}`);

const CLAIM = 'plugin::claim-review.claim';

/**
 * Everything a half-written claim or settlement would break. Returns the problems
 * found (empty when consistent) and what was checked.
 */
export async function consistencyProblems(strapi: Core.Strapi) {
  const problems: string[] = [];
  const claims: any[] = await strapi.db.query(CLAIM).findMany({ populate: { lines: true } });
  const events: any[] = await strapi.db.query('plugin::claim-review.claim-event').findMany({ select: ['claimNumber', 'type', 'toStatus'], orderBy: { id: 'asc' } });
  const byClaim = new Map<string, any[]>();
  for (const e of events) byClaim.set(e.claimNumber, [...(byClaim.get(e.claimNumber) ?? []), e]);

  for (const c of claims) {
    const lines = c.lines ?? [];
    if (lines.length === 0) problems.push(`${c.number}: no lines`);
    const sum = (kind: string) => lines.filter((l: any) => l.kind === kind).reduce((s: number, l: any) => s + l.amount, 0);
    const parts = sum('part');
    const labour = sum('labour');
    const travel = sum('travel');
    if (c.partsAmount !== parts || c.labourAmount !== labour || c.travelAmount !== travel || c.totalAmount !== parts + labour + travel) {
      problems.push(`${c.number}: totals ${c.partsAmount}/${c.labourAmount}/${c.travelAmount}/${c.totalAmount} ≠ lines ${parts}/${labour}/${travel}`);
    }
    const trail = byClaim.get(c.number) ?? [];
    if (!trail.some((e) => e.type === 'created')) problems.push(`${c.number}: no 'created' event`);
    const last = [...trail].reverse().find((e) => e.toStatus);
    if (last && last.toStatus !== c.status) problems.push(`${c.number}: status ${c.status} but the trail ends at ${last.toStatus}`);
  }

  // Counters: each document series is gap-free, its counter equals its highest number.
  const counters: any[] = await strapi.db.query('plugin::claim-review.counter').findMany();
  const series = new Map<string, number[]>();
  const settlements: any[] = await strapi.db.query('plugin::claim-review.settlement').findMany({ populate: { lines: true } });
  const numbers = [...claims.map((c) => c.number), ...events.map((e) => e.claimNumber), ...settlements.flatMap((s) => [s.number, s.draftNumber])];
  for (const n of new Set(numbers.filter(Boolean))) {
    const m = /^(.*)-(\d+)$/.exec(n);
    if (m) series.set(m[1], [...(series.get(m[1]) ?? []), Number(m[2])]);
  }
  for (const counter of counters) {
    const used = (series.get(counter.key) ?? []).sort((a, b) => a - b);
    const max = used.length ? used[used.length - 1] : 0;
    // Claim numbers live on in the audit trail after a draft is deleted, issued numbers
    // are never given back: both series hold every number up to their counter. Deleted
    // settlement drafts leave holes in theirs, so there only the counter is checked.
    if (/^(CR|ST)-/.test(counter.key)) {
      if (counter.value !== max) problems.push(`counter ${counter.key} = ${counter.value}, highest number ${max}`);
      if (used.some((n, i) => n !== i + 1)) problems.push(`${counter.key}: numbers ${used.join(',')} have a gap`);
    } else if (counter.value < max) problems.push(`counter ${counter.key} = ${counter.value} < highest number ${max}`);
  }

  // Settlements: issued ⇒ an issued number, its PDF and hash, every claim settled; a draft settled nothing.
  const claimStatus = new Map(claims.map((c) => [c.number, c.status]));
  const inSettlement = new Map<string, string[]>();
  for (const s of settlements) {
    const lines = s.lines ?? [];
    const total = lines.reduce((sum: number, l: any) => sum + l.amount, 0);
    if (total !== s.total) problems.push(`${s.number}: total ${s.total} ≠ lines ${total}`);
    for (const l of lines.filter((x: any) => x.kind === 'claim')) {
      inSettlement.set(l.claimNumber, [...(inSettlement.get(l.claimNumber) ?? []), s.number]);
      const status = claimStatus.get(l.claimNumber);
      if (s.status === 'draft' && status !== 'ready_to_settle') problems.push(`draft ${s.number}: claim ${l.claimNumber} is ${status}`);
      if (s.status !== 'draft' && status !== 'settled') problems.push(`${s.status} ${s.number}: claim ${l.claimNumber} is ${status}`);
    }
    if (s.status === 'draft') {
      if (!/^SD-/.test(s.number) || s.pdfData || s.issuedAt) problems.push(`draft ${s.number} carries issue data`);
      continue;
    }
    if (!/^ST-\d{6}-\d{4}$/.test(s.number)) problems.push(`${s.status} settlement has number ${s.number}`);
    if (!s.issuedAt || !s.pdfSha256 || !s.pdfData) problems.push(`${s.number}: issued without issuedAt/pdfSha256/pdfData`);
    else if (createHash('sha256').update(Buffer.from(s.pdfData, 'base64')).digest('hex') !== s.pdfSha256) problems.push(`${s.number}: PDF does not match its SHA-256`);
  }
  for (const [claim, in_] of inSettlement) if (in_.length > 1) problems.push(`claim ${claim} in ${in_.join(' and ')}`);
  for (const c of claims.filter((x) => x.status === 'settled')) {
    if (!inSettlement.has(c.number)) problems.push(`claim ${c.number} settled but in no settlement`);
  }

  // Idempotency keys: each names a claim that exists (the key and its claim commit together).
  const keys: any[] = await strapi.db.query('plugin::claim-review.idempotency-key').findMany();
  const existing = new Set(claims.map((c) => c.number));
  for (const k of keys) if (!k.claimNumber || !existing.has(k.claimNumber)) problems.push(`idempotency key ${k.scope} names ${k.claimNumber}`);

  return {
    problems,
    checked: { claims: claims.length, lines: claims.reduce((n, c) => n + (c.lines?.length ?? 0), 0), settlements: settlements.length, issued: settlements.filter((s) => s.status !== 'draft').length, keys: keys.length },
  };
}
