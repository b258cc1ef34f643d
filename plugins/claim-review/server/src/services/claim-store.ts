import type { Core } from '@strapi/strapi';
import { findOnePopulated } from './find-populated';
import type { ClaimInput, ClaimLine, ClaimTotals, Finding, PartFacts, RemedyValue } from '../../../shared';
import { hoursToTenths } from '../../../shared';
import { insertLinks, insertOwned } from './owned-rows';
import { iso } from './claim-view';
import type { ClaimPhoto } from './claim-photos';
import { sqlSchema } from './sql-schema';
import { ApiError } from '../api-error';

export const CLAIM_UID = 'plugin::claim-review.claim';
export const LINE_UID = 'plugin::claim-review.claim-line';

export interface LineRow {
  id: number;
  position: number;
  kind: 'part' | 'labour' | 'travel';
  ref: string;
  name: string | null;
  nameEn: string | null;
  component: string | null;
  partCategory: string | null;
  mustReturn: boolean;
  causal: boolean;
  qty: number | null;
  hoursTenths: number | null;
  km: number | null;
  unitPrice: number;
  amount: number;
  payable: number;
  decision: 'accept' | 'adjust' | 'reject' | null;
  reasonCode: string | null;
  approvedQty: number | null;
  approvedHoursTenths: number | null;
  inspectionResult: string | null;
}

export interface ClaimRow {
  id: number;
  number: string;
  status: string;
  version: number;
  dealerCode: string;
  serial: string;
  modelCode: string | null;
  failureDate: string;
  repairDate: string;
  remedy: string;
  faultComponent: string;
  faultDescription: string;
  usageValue: number | null;
  usageUnit: string | null;
  travelKm: number | null;
  repairHandedOverAt: string | null;
  repairReturnedAt: string | null;
  input: ClaimInput;
  findings: Finding[] | null;
  remedyValue: RemedyValue | null;
  partsAmount: number;
  labourAmount: number;
  travelAmount: number;
  totalAmount: number;
  payableAmount: number;
  submittedAt: string | null;
  reviewDueAt: string | null;
  decidedAt: string | null;
  returnDueDate: string | null;
  returnOverdue: boolean;
  /** The service request (SR-…) whose in-warranty receipt filed this claim, if one did. */
  serviceRequestNumber?: string | null;
  createdAt: string;
  updatedAt: string;
  lines?: LineRow[];
  dealer?: { id: number; code: string; name: string; nameEn: string | null };
  /** Filled from the attachment rows (services/claim-photos.ts), not a column. */
  photos?: ClaimPhoto[];
}

/** What a new claim is written with; the store adds the id, the timestamps and the empty review fields. */
export type NewClaimRow = Omit<ClaimRow, 'id' | 'createdAt' | 'updatedAt' | 'lines' | 'photos' | 'dealer' | 'returnDueDate' | 'returnOverdue' | 'decidedAt' | 'submittedAt' | 'reviewDueAt'> & {
  buildMonth: string | null;
  createdByUserId: number | null;
  submittedAt?: Date | null;
  reviewDueAt?: Date | null;
};

/** Claim columns that mirror the dealer's input (the rest is the server's). */
export function inputColumns(input: ClaimInput) {
  return {
    serial: input.serial,
    failureDate: input.failureDate,
    repairDate: input.repairDate,
    remedy: input.remedy,
    faultComponent: input.fault.component,
    faultDescription: input.fault.description,
    usageValue: input.usage?.value ?? null,
    usageUnit: input.usage?.unit ?? null,
    travelKm: input.travel?.km ?? null,
    repairHandedOverAt: input.repair?.handedOverAt ?? null,
    repairReturnedAt: input.repair?.returnedAt ?? null,
    input,
  };
}

export function totalColumns(totals: ClaimTotals) {
  return {
    partsAmount: totals.parts,
    labourAmount: totals.labour,
    travelAmount: totals.travel,
    totalAmount: totals.total,
    payableAmount: totals.payable,
  };
}

/** A priced line as a row, with the part facts a reviewer and the returns desk need later. */
function lineRow(line: ClaimLine, position: number, input: ClaimInput, parts: Record<string, PartFacts> | undefined) {
  const part = line.kind === 'part' ? parts?.[line.ref] : undefined;
  const claimed = line.kind === 'part' ? input.parts.find((p) => p.partNumber === line.ref) : undefined;
  return {
    position,
    kind: line.kind,
    ref: line.ref,
    name: line.label?.zh ?? part?.name ?? null,
    nameEn: line.label?.en ?? part?.nameEn ?? null,
    component: part?.component ?? null,
    partCategory: part?.category ?? null,
    mustReturn: Boolean(part?.mustReturn),
    causal: Boolean(claimed?.causal),
    qty: line.qty ?? null,
    hoursTenths: line.hours !== undefined ? hoursToTenths(line.hours) : null,
    km: line.km ?? null,
    unitPrice: line.unitPrice,
    amount: line.amount,
    payable: line.payable,
    decision: line.decision ?? null,
    reasonCode: line.reasonCode ?? null,
  };
}

/** Reads and writes claims and their lines; every write here runs inside the caller's transaction. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    async findByNumber(number: string, scope: { dealerCode?: string } = {}): Promise<ClaimRow | null> {
      const where: Record<string, unknown> = { number };
      if (scope.dealerCode) where.dealerCode = scope.dealerCode;
      const row: ClaimRow | null = await findOnePopulated<ClaimRow>(strapi, CLAIM_UID, {
        where,
        populate: { lines: { orderBy: { position: 'asc' } }, dealer: { select: ['id', 'code', 'name', 'nameEn'] } },
      });
      if (row) row.photos = await strapi.plugin('claim-review').service('claimPhotos').of(row.number);
      return row;
    },

    async mustFind(number: string, scope: { dealerCode?: string } = {}): Promise<ClaimRow> {
      const row = await this.findByNumber(number, scope);
      if (!row) throw new ApiError('NOT_FOUND');
      return row;
    },

    /**
     * A new claim row and its links to the dealer and the unit, in three statements
     * (Strapi's create() also reads the row back, and looks up each link's order).
     * Answers the row as a read would, without reading it.
     */
    async insertClaim(data: NewClaimRow, links: { dealer: number; unit: number | null }): Promise<ClaimRow> {
      return strapi.db.transaction(async ({ trx }) => {
        const now = new Date();
        const values = { returnDueDate: null, returnOverdue: false, decidedAt: null, reviewStartedAt: null, ...data, createdAt: now, updatedAt: now };
        const [id] = await sqlSchema(strapi).insert(CLAIM_UID, [values]);
        await insertLinks(strapi, trx, CLAIM_UID, 'dealer', [[id, links.dealer]]);
        if (links.unit !== null) await insertLinks(strapi, trx, CLAIM_UID, 'unit', [[id, links.unit]]);
        return {
          ...values,
          id,
          submittedAt: iso(values.submittedAt),
          reviewDueAt: iso(values.reviewDueAt),
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          lines: [],
          photos: [],
        } as ClaimRow;
      });
    },

    async replaceLines(claimId: number, lines: ClaimLine[], input: ClaimInput, parts?: Record<string, PartFacts>) {
      await strapi.db.query(LINE_UID).deleteMany({ where: { claim: claimId } });
      await service.insertLines(claimId, lines, input, parts);
    },

    /** The lines of a claim that has none yet, answered as a read would answer them. */
    async insertLines(claimId: number, lines: ClaimLine[], input: ClaimInput, parts?: Record<string, PartFacts>): Promise<LineRow[]> {
      const rows = lines.map((line, position) => lineRow(line, position, input, parts));
      const ids = await insertOwned(strapi, LINE_UID, 'claim', claimId, rows);
      return rows.map((row, i) => ({ ...row, id: ids[i], approvedQty: null, approvedHoursTenths: null, inspectionResult: null }));
    },

    async updateLine(id: number, data: Partial<LineRow>) {
      await strapi.db.query(LINE_UID).update({ where: { id }, data });
    },

    /**
     * Optimistic lock: bumps the version only if it is still `expected`. Zero rows means
     * someone changed the claim since it was read: 409, and the transaction rolls back.
     */
    async bump(claim: { id: number; version: number }, data: Record<string, unknown>, expected = claim.version) {
      const { count } = await strapi.db.query(CLAIM_UID).updateMany({
        where: { id: claim.id, version: expected },
        data: { ...data, version: expected + 1 },
      });
      if (count !== 1) throw new ApiError('STALE_VERSION');
      return expected + 1;
    },
  };
  return service;
};
