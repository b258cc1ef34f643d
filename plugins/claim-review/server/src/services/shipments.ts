import { isUniqueViolation } from './unique-violation';
import type { Core } from '@strapi/strapi';
import { findOnePopulated } from './find-populated';
import type { ShipmentInput, ShipmentListQuery } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import type { ClaimRow } from './claim-store';
import { owedQty } from './returns';
import { RETURNED_PART_UID, SHIPMENT_POPULATE, SHIPMENT_UID, shipmentOf, type ShipmentRow } from './shipment-view';

interface Dealer {
  id: number;
  code: string;
}


/**
 * The dealer's return shipments (旧件返回): parts of several of its own claims under one
 * carrier tracking number. Only what an approval made due goes back, at most the
 * approved quantity, and each claim line travels once: the database's unique lineKey
 * holds that even when two requests race.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('claimStore');
  const audit = () => plugin().service('audit');

  const findOwn = async (dealer: Dealer, id: number) => {
    const row = await findOnePopulated(strapi, SHIPMENT_UID, { where: { id, dealerCode: dealer.code }, populate: SHIPMENT_POPULATE });
    if (!row) throw new ApiError('NOT_FOUND');
    return row as ShipmentRow;
  };

  return {
    async create(dealer: Dealer, actor: Actor, input: ShipmentInput) {
      try {
        const id = await strapi.db.transaction(async ({ trx }) => {
          const claims = new Map<string, ClaimRow>();
          for (const number of new Set(input.parts.map((p) => p.claimNumber))) {
            // Another dealer's claim, like one that does not exist, is not found.
            claims.set(number, await store().mustFind(number, { dealerCode: dealer.code }));
          }
          const taken = await strapi.db.query(RETURNED_PART_UID).findMany({
            where: { claimNumber: { $in: Array.from(claims.keys()) } },
            select: ['lineKey'],
          });
          const shipped = new Set(taken.map((p: { lineKey: string }) => p.lineKey));

          const fields: Record<string, string> = {};
          const rows: Array<{ claim: ClaimRow; lineId: number; lineKey: string; partNumber: string; qty: number }> = [];
          const inRequest = new Set<string>();
          let again = false;
          input.parts.forEach((p, i) => {
            const claim = claims.get(p.claimNumber)!;
            if (claim.status !== 'awaiting_parts') {
              fields[`parts.${i}.claimNumber`] = 'invalid';
              return;
            }
            const owed = (claim.lines ?? []).filter((l) => l.ref === p.partNumber && owedQty(l) > 0);
            if (owed.length === 0) {
              fields[`parts.${i}.partNumber`] = 'invalid';
              return;
            }
            const keyOf = (lineId: number) => `${claim.number}#${lineId}`;
            const line = owed.find((l) => !shipped.has(keyOf(l.id)) && !inRequest.has(keyOf(l.id)));
            if (!line) {
              if (owed.some((l) => inRequest.has(keyOf(l.id)))) fields[`parts.${i}.partNumber`] = 'invalid';
              else again = true;
              return;
            }
            if (p.qty > owedQty(line)) {
              fields[`parts.${i}.qty`] = 'too_big';
              return;
            }
            inRequest.add(keyOf(line.id));
            rows.push({ claim, lineId: line.id, lineKey: keyOf(line.id), partNumber: p.partNumber, qty: p.qty });
          });
          if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', { fields });
          if (again) throw new ApiError('ALREADY_SHIPPED');

          const now = new Date();
          const month = plugin().service('facts').today(now).slice(0, 7).replace('-', '');
          const number: string = await plugin().service('numbering').next(trx, 'SH', month, 5);
          const shipment = await strapi.db.query(SHIPMENT_UID).create({
            data: {
              number,
              dealer: dealer.id,
              dealerCode: dealer.code,
              carrier: input.carrier,
              trackingNumber: input.trackingNumber,
              status: 'shipped',
              shippedAt: now,
            },
          });
          for (const row of rows) {
            await strapi.db.query(RETURNED_PART_UID).create({
              data: { shipment: shipment.id, claimNumber: row.claim.number, lineId: row.lineId, lineKey: row.lineKey, partNumber: row.partNumber, qty: row.qty },
            });
          }
          for (const claim of claims.values()) {
            await audit().append({
              claim,
              type: 'parts_shipped',
              actor,
              comment: `${input.carrier} ${input.trackingNumber}`,
              after: { shipment: number, parts: rows.filter((r) => r.claim === claim).map((r) => ({ partNumber: r.partNumber, qty: r.qty })) },
              at: now,
            });
          }
          return shipment.id as number;
        });
        return shipmentOf(await findOwn(dealer, id), { forStaff: false });
      } catch (error) {
        if (!(error instanceof ApiError) && isUniqueViolation(error)) throw new ApiError('ALREADY_SHIPPED');
        throw error;
      }
    },

    async list(dealer: Dealer, query: ShipmentListQuery) {
      return plugin().service('returns').list(query, { dealerCode: dealer.code });
    },
  };
};
