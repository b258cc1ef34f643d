import type { Core } from '@strapi/strapi';
import type { AnomaliesAnswer, IsoDate, LabourLineFacts, PhotoFacts, RepeatFacts, DealerSpikeFacts } from '../../../shared';
import { COUNTED_STATUSES, addDaysIso, anomalyFlags, minIso, unitMonths } from '../../../shared';
import { ATTACHMENT_UID } from './attachments';
import { CLAIM_UID, LINE_UID, type ClaimRow } from './claim-store';
import { scorecardSettings } from './scorecard-settings';
import { sqlSchema } from './sql-schema';

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * Hints for the reviewer of one claim (never a decision): the dealer's claims against
 * its sales, labour hours against other dealers for the same operation, the same unit
 * and component claimed again and again, photos whose bytes another claim already
 * holds. The facts are aggregated by the database; the rules are the core's.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const analytics = () => plugin().service('analytics');
  const knex = () => strapi.db.connection;
  const names = () => sqlSchema(strapi);
  const table = (uid: string) => names().table(uid);
  const lineLink = () => names().link(LINE_UID, 'claim');
  const counted = (from: IsoDate, to: IsoDate) =>
    knex()(`${table(CLAIM_UID)} as c`)
      .where('c.failure_date', '>=', from)
      .where('c.failure_date', '<=', to)
      .whereIn('c.status', COUNTED_STATUSES as string[]);

  async function dealerFacts(claim: ClaimRow, windowDays: number, today: IsoDate): Promise<DealerSpikeFacts> {
    const to = claim.failureDate;
    const from = addDaysIso(to, -(windowDays - 1));
    const [units, byDealer] = await Promise.all([
      analytics().unitCounts('dealer', { from, to, end: minIso(to, today) }) as Promise<Array<{ dealer: string | null; exposureDays: number }>>,
      counted(from, to).select('c.dealer_code as dealer').count({ claims: 'c.id' }).groupBy('c.dealer_code') as Promise<any[]>,
    ]);
    const own = byDealer.find((r) => r.dealer === claim.dealerCode);
    return {
      dealerCode: claim.dealerCode,
      windowDays,
      claims: n(own?.claims),
      exposureUnitMonths: unitMonths(units.find((u) => u.dealer === claim.dealerCode)?.exposureDays ?? 0),
      networkClaims: byDealer.reduce((s, r) => s + n(r.claims), 0),
      networkExposureUnitMonths: unitMonths(units.reduce((s, u) => s + u.exposureDays, 0)),
    };
  }

  /** Other dealers' claimed hours for the claim's operations over the window before its failure: count, sum, sum of squares. */
  async function labourFacts(claim: ClaimRow, windowDays: number): Promise<LabourLineFacts[]> {
    const labour = (claim.lines ?? []).filter((l) => l.kind === 'labour' && l.hoursTenths);
    if (labour.length === 0) return [];
    const link = lineLink();
    const ops = [...new Set(labour.map((l) => l.ref))];
    const rows: any[] = await counted(addDaysIso(claim.failureDate, -(windowDays - 1)), claim.failureDate)
      .join(`${link.name} as k`, `k.${link.other}`, 'c.id')
      .join(`${table(LINE_UID)} as l`, 'l.id', `k.${link.own}`)
      .where('l.kind', 'labour')
      .whereIn('l.ref', ops)
      .whereNot('c.dealer_code', claim.dealerCode)
      .whereNotNull('l.hours_tenths')
      .select('l.ref as op')
      .count({ count: 'l.id' })
      .sum({ total: 'l.hours_tenths' })
      .select(knex().raw('SUM(l.hours_tenths * l.hours_tenths) AS squares'))
      .groupBy('l.ref');
    return labour.map((l) => {
      const peer = rows.find((r) => r.op === l.ref);
      return { operation: l.ref, hoursTenths: l.hoursTenths!, peers: { count: n(peer?.count), sum: n(peer?.total), sumSquares: n(peer?.squares) } };
    });
  }

  async function repeatFacts(claim: ClaimRow): Promise<RepeatFacts | null> {
    if (!claim.faultComponent) return null;
    const others = await strapi.db.query(CLAIM_UID).findMany({
      where: { serial: claim.serial, faultComponent: claim.faultComponent, status: { $in: COUNTED_STATUSES }, id: { $ne: claim.id } },
      select: ['number', 'failureDate'],
    });
    return {
      serial: claim.serial,
      component: claim.faultComponent,
      failureDate: claim.failureDate,
      others: others.map((o: any) => ({ number: o.number, failureDate: o.failureDate })),
    };
  }

  /** This claim's files whose SHA-256 another existing claim also holds. */
  async function photoFacts(claim: ClaimRow): Promise<PhotoFacts[]> {
    const attachments = table(ATTACHMENT_UID);
    // Column names from the metadata: Strapi snake-cases `sha256` as `sha_256`.
    const col = (attribute: string) => names().column(ATTACHMENT_UID, attribute);
    const [sha, claimNumber, name] = ['sha256', 'claimNumber', 'name'].map(col);
    const rows: any[] = await knex()(`${attachments} as a`)
      .join(`${attachments} as b`, `b.${sha}`, `a.${sha}`)
      .join(`${table(CLAIM_UID)} as c`, 'c.number', `b.${claimNumber}`)
      .where(`a.${claimNumber}`, claim.number)
      .whereNot(`b.${claimNumber}`, claim.number)
      .select('a.id as file', `a.${name} as name`, `a.${sha} as sha256`, `b.${claimNumber} as other`);
    const byFile = new Map<string, PhotoFacts>();
    for (const r of rows) {
      const k = String(r.file);
      if (!byFile.has(k)) byFile.set(k, { fileName: r.name ?? `#${r.file}`, sha256: r.sha256, otherClaims: [] });
      byFile.get(k)!.otherClaims.push(String(r.other));
    }
    return [...byFile.values()];
  }

  return {
    async forClaim(number: string): Promise<AnomaliesAnswer> {
      const claim: ClaimRow = await plugin().service('claimStore').mustFind(number);
      const settings = analytics().settings();
      const today: IsoDate = plugin().service('facts').today();
      const { dealerSpike, labour } = settings.anomalies;
      // Dealer scorecard: a failed spot check flags the dealer's claims for flagDays.
      const { flagDays } = scorecardSettings(strapi);
      const [dealer, labourLines, repeat, photos, failedClaims] = await Promise.all([
        claim.failureDate ? dealerFacts(claim, dealerSpike.windowDays, today) : Promise.resolve(null),
        claim.failureDate ? labourFacts(claim, labour.windowDays) : Promise.resolve([]),
        claim.failureDate ? repeatFacts(claim) : Promise.resolve(null),
        photoFacts(claim),
        plugin().service('spotChecks').failedClaims(claim.dealerCode, flagDays) as Promise<string[]>,
      ]);
      const spotChecks = { dealerCode: claim.dealerCode, days: flagDays, failedClaims };
      return { claimNumber: claim.number, flags: anomalyFlags({ dealer, labour: labourLines, repeat, photos, spotChecks }, settings) };
    },
  };
};
