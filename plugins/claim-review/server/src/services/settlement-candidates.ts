import type { Core } from '@strapi/strapi';
import type { IsoDate, SettlementCandidate } from '../../../shared';
import { compareIso } from '../../../shared';
import { EVENT_UID } from './audit';
import { CLAIM_UID, type ClaimRow } from './claim-store';
import { SETTLEMENT_LINE_UID } from './settlement-view';
import { sqlSchema } from './sql-schema';

const DEALER_UID = 'api::dealer.dealer';

/** SQLite hands a datetime back as epoch milliseconds, PostgreSQL and MySQL as a Date. */
const instantOf = (value: unknown): Date => new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number | Date));

/**
 * What finance can settle: claims in ready_to_settle that sit in no settlement, each dated
 * by the business day it last became ready (its audit trail), which is the date a
 * settlement's period counts (docs/decisions.md, settlements).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const facts = () => strapi.plugin('claim-review').service('facts');

  /** The business date each claim last became ready_to_settle. */
  async function readyDates(numbers: string[]): Promise<Map<string, IsoDate>> {
    const out = new Map<string, IsoDate>();
    if (numbers.length === 0) return out;
    const events = await strapi.db.query(EVENT_UID).findMany({
      where: { claimNumber: { $in: numbers }, toStatus: 'ready_to_settle' },
      select: ['claimNumber', 'at'],
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    for (const e of events) out.set(e.claimNumber, facts().today(new Date(e.at)));
    return out;
  }

  return {
    /** Ready-to-settle claims of the dealer that became ready inside the period and sit in no settlement, with their lines. */
    async settleable(dealerCode: string, periodStart: IsoDate, periodEnd: IsoDate): Promise<ClaimRow[]> {
      const claims: ClaimRow[] = await strapi.db.query(CLAIM_UID).findMany({
        where: { dealerCode, status: 'ready_to_settle' },
        populate: { lines: { orderBy: { position: 'asc' } } },
      });
      if (claims.length === 0) return [];
      const numbers = claims.map((c) => c.number);
      const taken = await strapi.db.query(SETTLEMENT_LINE_UID).findMany({ where: { claimKey: { $in: numbers } }, select: ['claimKey'] });
      const takenSet = new Set(taken.map((l: { claimKey: string }) => l.claimKey));
      const ready = await readyDates(numbers);
      return claims
        .filter((c) => !takenSet.has(c.number))
        .map((c) => ({ claim: c, readyDate: ready.get(c.number) ?? null }))
        .filter(({ readyDate }) => readyDate !== null && compareIso(readyDate, periodStart) >= 0 && compareIso(readyDate, periodEnd) <= 0)
        .sort((a, b) => compareIso(a.readyDate!, b.readyDate!) || a.claim.number.localeCompare(b.claim.number))
        .map(({ claim }) => claim);
    },

    /**
     * Every dealer with something to settle, and the period that holds all of it: what the
     * new-settlement dialog starts from, so finance never guesses a month and meets "nothing
     * to settle". One grouped statement, whatever the number of claims.
     */
    async byDealer(): Promise<SettlementCandidate[]> {
      const s = sqlSchema(strapi);
      const knex = await s.connection();
      const claim = (a: string) => `c.${s.column(CLAIM_UID, a)}`;
      const event = (a: string) => s.column(EVENT_UID, a);
      const lastReady = knex(s.table(EVENT_UID))
        .select(`${event('claimNumber')} as claim_number`)
        .max(`${event('at')} as ready_at`)
        .where(event('toStatus'), 'ready_to_settle')
        .groupBy(event('claimNumber'))
        .as('r');
      const taken = knex(`${s.table(SETTLEMENT_LINE_UID)} as l`)
        .select(knex.raw('1'))
        .whereRaw(`l.${s.column(SETTLEMENT_LINE_UID, 'claimKey')} = ${claim('number')}`);
      const rows: Array<Record<string, unknown>> = await knex(`${s.table(CLAIM_UID)} as c`)
        .join(lastReady, 'r.claim_number', claim('number'))
        .where(claim('status'), 'ready_to_settle')
        .whereNotExists(taken)
        .groupBy(claim('dealerCode'))
        .select(`${claim('dealerCode')} as dealer_code`)
        .count('* as claims')
        .sum(`${claim('payableAmount')} as payable`)
        .min('r.ready_at as first_ready')
        .max('r.ready_at as last_ready');
      if (rows.length === 0) return [];
      const dealers = await strapi.db.query(DEALER_UID).findMany({
        where: { code: { $in: rows.map((r) => String(r.dealer_code)) } },
        select: ['code', 'name', 'nameEn'],
      });
      const byCode = new Map(dealers.map((d: { code: string; name: string; nameEn: string | null }) => [d.code, d]));
      return rows
        .map((r) => {
          const code = String(r.dealer_code);
          const dealer = byCode.get(code);
          return {
            dealer: { code, name: dealer?.name ?? code, nameEn: dealer?.nameEn ?? null },
            claims: Number(r.claims),
            payable: Number(r.payable ?? 0),
            readyFrom: facts().today(instantOf(r.first_ready)),
            readyTo: facts().today(instantOf(r.last_ready)),
          };
        })
        .sort((a, b) => a.dealer.code.localeCompare(b.dealer.code));
    },
  };
};
