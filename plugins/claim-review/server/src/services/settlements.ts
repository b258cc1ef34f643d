import type { Core } from '@strapi/strapi';
import { findOnePopulated } from './find-populated';
import type { z } from 'zod';
import type { ClaimLine, IsoDate, SettlementCreateInput, SettlementLine, SettlementListQuery, settlementAdjustmentSchema } from '../../../shared';
import { compareIso, listAnswer, settlementLineOf, settlementTotal } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { CLAIM_UID, type ClaimRow } from './claim-store';
import { lineOf } from './claim-view';
import { isUniqueViolation } from './unique-violation';
import { sqlSchema } from './sql-schema';
import {
  SETTLEMENT_FIELDS,
  SETTLEMENT_LINE_UID,
  SETTLEMENT_UID,
  settlementOf,
  settlementSummaryOf,
  type SettlementLineRow,
  type SettlementRow,
} from './settlement-view';

export type AdjustmentInput = z.output<typeof settlementAdjustmentSchema>;

interface Dealer {
  id: number;
  code: string;
}

/** Issued numbers are gap-free per month (ST-202611-0007); drafts count on their own (SD-…). */
const DRAFT_PREFIX = 'SD';
const ISSUED_PREFIX = 'ST';
const VISIBLE_TO_DEALER = ['issued', 'acknowledged'];

const monthOf = (date: IsoDate) => date.slice(0, 7).replace('-', '');


/**
 * Settlements (三包费用核销通知): finance drafts one per dealer and period from the
 * claims ready to settle, adds corrections of earlier settlements, issues it (number,
 * frozen lines, claims settled, PDF stored, one transaction); the dealer reads,
 * downloads and acknowledges it. Amounts come from the domain core (settlementLineOf).
 *
 * A claim belongs to a period by the business date on which it became ready_to_settle
 * (its last move into that state in the audit trail): that is when finance can pay it,
 * so a claim repaired in May but cleared in June is settled with June.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const facts = () => plugin().service('facts');
  const store = () => plugin().service('claimStore');
  const transitions = () => plugin().service('transitions');
  const numbering = () => plugin().service('numbering');
  const pdf = () => plugin().service('settlementPdf');
  const candidates = () => plugin().service('settlementCandidates');

  /** By its number or by the number it had as a draft, so a client holding either finds it. */
  async function findRow(number: string, scope: { dealerCode?: string } = {}): Promise<SettlementRow | null> {
    const where: Record<string, unknown> = { $or: [{ number }, { draftNumber: number }] };
    if (scope.dealerCode) {
      where.dealerCode = scope.dealerCode;
      where.status = { $in: VISIBLE_TO_DEALER };
    }
    return findOnePopulated<SettlementRow>(strapi, SETTLEMENT_UID, {
      where,
      select: SETTLEMENT_FIELDS,
      populate: {
        lines: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
        dealer: { select: ['id', 'code', 'name', 'nameEn', 'region'] },
      },
    });
  }

  async function mustFind(number: string, scope: { dealerCode?: string } = {}): Promise<SettlementRow> {
    const row = await findRow(number, scope);
    if (!row) throw new ApiError('NOT_FOUND');
    return row;
  }

  const claimLineOf = (claim: ClaimRow): SettlementLine => settlementLineOf(claim.number, (claim.lines ?? []).map(lineOf) as ClaimLine[]);

  /** A correction names, if anything, a claim of this dealer already settled by an issued notice. */
  async function checkAdjustments(dealerCode: string, adjustments: AdjustmentInput[], path = (i: number) => `adjustments.${i}.claimNumber`) {
    const named = [...new Set(adjustments.flatMap((adj) => (adj.claimNumber ? [adj.claimNumber] : [])))];
    const found = named.length ? await strapi.db.query(CLAIM_UID).findMany({ where: { number: { $in: named }, dealerCode, status: 'settled' }, select: ['number'] }) : [];
    const settled = new Set(found.map((c: { number: string }) => c.number));
    const fields: Record<string, string> = {};
    for (const [i, adj] of adjustments.entries()) {
      if (adj.claimNumber && !settled.has(adj.claimNumber)) fields[path(i)] = 'not_settled';
    }
    if (Object.keys(fields).length > 0) throw new ApiError('VALIDATION_FAILED', { fields });
  }

  const adjustmentRow = (adj: AdjustmentInput, position: number) => ({
    kind: 'adjustment' as const,
    claimNumber: adj.claimNumber ?? null,
    // Null, never '': the unique index on claimKey must let any number of adjustments through.
    claimKey: null,
    parts: 0,
    labour: 0,
    travel: 0,
    amount: adj.amount,
    reason: adj.reason,
    position,
  });

  const totalOf = (lines: Array<{ claimNumber: string | null; parts: number; labour: number; travel: number; amount: number }>) =>
    settlementTotal(lines.map((l) => ({ claimNumber: l.claimNumber ?? '', parts: l.parts, labour: l.labour, travel: l.travel, amount: l.amount })));

  async function draftOnce(dealer: Dealer, input: SettlementCreateInput): Promise<string> {
    return strapi.db.transaction(async ({ trx }) => {
      const claims: ClaimRow[] = await candidates().settleable(dealer.code, input.periodStart, input.periodEnd);
      const adjustments = input.adjustments ?? [];
      if (claims.length === 0 && adjustments.length === 0) throw new ApiError('NOTHING_TO_SETTLE');
      const number: string = await numbering().next(trx, DRAFT_PREFIX, monthOf(facts().today()), 4);
      const rows = [
        ...claims.map((claim, position) => ({
          kind: 'claim' as const,
          ...claimLineOf(claim),
          claimKey: claim.number,
          serial: claim.serial,
          modelCode: claim.modelCode,
          repairDate: claim.repairDate,
          reason: null,
          position,
        })),
        ...adjustments.map((adj, i) => adjustmentRow(adj, claims.length + i)),
      ];
      const settlement = await strapi.db.query(SETTLEMENT_UID).create({
        data: {
          number,
          draftNumber: number,
          dealer: dealer.id,
          dealerCode: dealer.code,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          status: 'draft',
          total: totalOf(rows),
        },
      });
      // The unique index on claimKey is what keeps a claim in one settlement when two drafts race.
      for (const row of rows) await strapi.db.query(SETTLEMENT_LINE_UID).create({ data: { ...row, settlement: settlement.id } });
      return number;
    });
  }

  async function detail(number: string, forStaff = true) {
    return settlementOf(await mustFind(number), { forStaff });
  }

  async function page(where: Record<string, unknown>, query: SettlementListQuery) {
    const pageNo = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const [rows, total] = await Promise.all([
      strapi.db.query(SETTLEMENT_UID).findMany({
        where,
        select: SETTLEMENT_FIELDS,
        populate: { dealer: { select: ['id', 'code', 'name', 'nameEn', 'region'] } },
        orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }],
        offset: (pageNo - 1) * pageSize,
        limit: pageSize,
      }),
      strapi.db.query(SETTLEMENT_UID).count({ where }),
    ]);
    const counts = await lineCounts(rows.map((row: SettlementRow) => row.id));
    const data = rows.map((row: SettlementRow) => settlementSummaryOf(row, counts.get(row.id) ?? { claims: 0, adjustments: 0 }));
    return listAnswer(data, pageNo, pageSize, total);
  }

  /** Claim and adjustment lines per settlement of a page, in one grouped query rather than two counts a row. */
  async function lineCounts(ids: number[]): Promise<Map<number, { claims: number; adjustments: number }>> {
    const out = new Map<number, { claims: number; adjustments: number }>();
    if (ids.length === 0) return out;
    const names = sqlSchema(strapi);
    const link = names.link(SETTLEMENT_LINE_UID, 'settlement');
    const kind = `l.${names.column(SETTLEMENT_LINE_UID, 'kind')}`;
    const knex = await names.connection();
    const rows: Array<{ settlement: number | string; kind: string; lines: number | string }> = await knex(`${names.table(SETTLEMENT_LINE_UID)} as l`)
      .join(`${link.name} as k`, `k.${link.own}`, 'l.id')
      .whereIn(`k.${link.other}`, ids)
      .groupBy(`k.${link.other}`, kind)
      .select(`k.${link.other} as settlement`, `${kind} as kind`)
      .count({ lines: 'l.id' });
    for (const row of rows) {
      const counts = out.get(Number(row.settlement)) ?? { claims: 0, adjustments: 0 };
      // PostgreSQL answers count() as a string (bigint).
      if (row.kind === 'claim') counts.claims = Number(row.lines);
      else if (row.kind === 'adjustment') counts.adjustments = Number(row.lines);
      out.set(Number(row.settlement), counts);
    }
    return out;
  }

  /** The stored bytes of an issued notice; a draft is rendered now as a marked preview. */
  async function pdfOf(row: SettlementRow): Promise<{ bytes: Buffer; sha256: string; filename: string }> {
    if (row.status === 'draft') {
      const { bytes, sha256 } = await pdf().render(row, new Date(row.createdAt).toISOString());
      return { bytes, sha256, filename: `${row.number}-draft.pdf` };
    }
    const stored = await strapi.db.query(SETTLEMENT_UID).findOne({ where: { id: row.id }, select: ['id', 'pdfData', 'pdfSha256'] });
    if (!stored?.pdfData) throw new Error(`settlement ${row.number} is ${row.status} but has no stored PDF`);
    return { bytes: Buffer.from(stored.pdfData, 'base64'), sha256: stored.pdfSha256, filename: `${row.number}.pdf` };
  }

  return {
    async createDraft(input: SettlementCreateInput) {
      const dealer = await strapi.db.query('api::dealer.dealer').findOne({ where: { code: input.dealer }, select: ['id', 'code'] });
      if (!dealer) throw new ApiError('VALIDATION_FAILED', { fields: { dealer: 'invalid' } });
      await checkAdjustments(dealer.code, input.adjustments ?? []);
      let number: string;
      try {
        number = await draftOnce(dealer, input);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // A concurrent draft took some of these claims first: read again what is left.
        strapi.log.debug(`[claim-review] settlement draft for ${dealer.code} lost a race for a claim; reading again`);
        try {
          number = await draftOnce(dealer, input);
        } catch (again) {
          if (isUniqueViolation(again)) throw new ApiError('ALREADY_SETTLED');
          throw again;
        }
      }
      return detail(number);
    },

    async addAdjustment(number: string, adjustment: AdjustmentInput) {
      await strapi.db.transaction(async () => {
        const row = await mustFind(number);
        if (row.status !== 'draft') throw new ApiError('SETTLEMENT_ISSUED');
        await checkAdjustments(row.dealerCode, [adjustment], () => 'claimNumber');
        const lines = row.lines ?? [];
        const position = lines.reduce((max, l) => Math.max(max, l.position + 1), 0);
        const added = adjustmentRow(adjustment, position);
        // Guarded by status: an issue that got there first leaves this with nothing to update.
        const { count } = await strapi.db.query(SETTLEMENT_UID).updateMany({
          where: { id: row.id, status: 'draft' },
          data: { total: totalOf([...lines, added]) },
        });
        if (count !== 1) throw new ApiError('SETTLEMENT_ISSUED');
        await strapi.db.query(SETTLEMENT_LINE_UID).create({ data: { ...added, settlement: row.id } });
      });
      return detail(number);
    },

    async removeDraft(number: string) {
      await strapi.db.transaction(async () => {
        const row = await mustFind(number);
        if (row.status !== 'draft') throw new ApiError('SETTLEMENT_ISSUED');
        const { count } = await strapi.db.query(SETTLEMENT_UID).deleteMany({ where: { id: row.id, status: 'draft' } });
        if (count !== 1) throw new ApiError('SETTLEMENT_ISSUED');
        // Its claims become free for the next draft.
        await strapi.db.query(SETTLEMENT_LINE_UID).deleteMany({ where: { id: { $in: (row.lines ?? []).map((l) => l.id) } } });
      });
    },

    /**
     * Issue: the issued number, the lines frozen at the claims' payable amounts of now,
     * every claim settled through the state machine, the PDF rendered once and kept
     * with its SHA-256. All or nothing.
     */
    async issue(number: string, actor: Actor) {
      const issuedNumber = await strapi.db.transaction(async ({ trx, onCommit }) => {
        const found = await mustFind(number);
        if (found.status !== 'draft') throw new ApiError('SETTLEMENT_ISSUED');
        const issuedAt = new Date();
        // Taking the row first serialises a concurrent issue, adjustment or delete of this draft.
        const { count } = await strapi.db.query(SETTLEMENT_UID).updateMany({
          where: { id: found.id, status: 'draft' },
          data: { status: 'issued', issuedAt, issuedBy: actor.name },
        });
        if (count !== 1) throw new ApiError('SETTLEMENT_ISSUED');
        const row = await mustFind(number);
        const issued: string = await numbering().next(trx, ISSUED_PREFIX, monthOf(facts().today(issuedAt)), 4);

        const lines: SettlementLineRow[] = [];
        for (const line of row.lines ?? []) {
          if (line.kind !== 'claim') {
            lines.push(line);
            continue;
          }
          const claim: ClaimRow = await store().mustFind(line.claimNumber!, { dealerCode: row.dealerCode });
          const frozen = claimLineOf(claim);
          await transitions().apply(
            claim,
            {
              event: 'settle',
              as: 'finance',
              actor,
              comment: `三包费用核销通知 ${issued}`,
              after: { settlement: issued, amount: frozen.amount },
            },
            onCommit,
          );
          const changed = (['parts', 'labour', 'travel', 'amount'] as const).some((k) => frozen[k] !== line[k]);
          if (changed) {
            await strapi.db.query(SETTLEMENT_LINE_UID).update({
              where: { id: line.id },
              data: { parts: frozen.parts, labour: frozen.labour, travel: frozen.travel, amount: frozen.amount },
            });
          }
          lines.push({ ...line, parts: frozen.parts, labour: frozen.labour, travel: frozen.travel, amount: frozen.amount });
        }
        const total = totalOf(lines);
        const rendered = await pdf().render({ ...row, number: issued, status: 'issued', total, lines }, issuedAt.toISOString());
        await strapi.db.query(SETTLEMENT_UID).update({
          where: { id: row.id },
          data: { number: issued, total, pdfSha256: rendered.sha256, pdfData: rendered.bytes.toString('base64') },
        });
        strapi.log.info(`[claim-review] settlement ${issued} (draft ${row.draftNumber}) issued by ${actor.name}: ${lines.length} lines, ${total} fen`);
        return issued;
      });
      return detail(issuedNumber);
    },

    findForStaff: (number: string) => detail(number, true),

    listForStaff(query: SettlementListQuery) {
      const where: Record<string, unknown> = {};
      if (query.status) where.status = query.status;
      if (query.dealer) where.dealerCode = query.dealer;
      return page(where, query);
    },

    async pdfForStaff(number: string) {
      return pdfOf(await mustFind(number));
    },

    listForDealer(dealer: Dealer, query: SettlementListQuery) {
      const where: Record<string, unknown> = { dealerCode: dealer.code, status: query.status && VISIBLE_TO_DEALER.includes(query.status) ? query.status : { $in: VISIBLE_TO_DEALER } };
      return page(where, query);
    },

    async findForDealer(dealer: Dealer, number: string) {
      return settlementOf(await mustFind(number, { dealerCode: dealer.code }), { forStaff: false });
    },

    async pdfForDealer(dealer: Dealer, number: string) {
      return pdfOf(await mustFind(number, { dealerCode: dealer.code }));
    },

    /** The dealer's acknowledgement; a repeat changes nothing and answers the first one. */
    async acknowledge(dealer: Dealer, actor: Actor, number: string) {
      const row = await mustFind(number, { dealerCode: dealer.code });
      if (row.status === 'issued') {
        await strapi.db.query(SETTLEMENT_UID).updateMany({
          where: { id: row.id, status: 'issued' },
          data: { status: 'acknowledged', acknowledgedAt: new Date(), acknowledgedBy: actor.name },
        });
      }
      return settlementOf(await mustFind(number, { dealerCode: dealer.code }), { forStaff: false });
    },

    /** Issued settlements whose issue date (business date) lies in from…to, for the ERP export. */
    async issuedBetween(from?: IsoDate, to?: IsoDate) {
      const rows: SettlementRow[] = await strapi.db.query(SETTLEMENT_UID).findMany({
        where: { status: { $in: VISIBLE_TO_DEALER } },
        select: SETTLEMENT_FIELDS,
        populate: { dealer: { select: ['id', 'code', 'name', 'nameEn', 'region'] } },
        orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
      });
      const issuedDate = (row: SettlementRow) => facts().today(new Date(row.issuedAt!));
      return rows
        .map((row) => ({ row, issuedDate: issuedDate(row), acknowledgedDate: row.acknowledgedAt ? facts().today(new Date(row.acknowledgedAt)) : null }))
        .filter(({ issuedDate: d }) => (!from || compareIso(d, from) >= 0) && (!to || compareIso(d, to) <= 0));
    },
  };
};
