import type { Core } from '@strapi/strapi';
import { CLOSED_WORK_ORDER_STATES, coverage, maskPhone, normalisePhone, suggestDealer, type DealerSuggestion } from '../../../shared';
import { CLAIM_UID } from './claim-store';
import { REQUEST_UID, WORK_ORDER_UID, type RequestRow } from './service-store';
import type { UnitCard } from './service-view';
import { summaryOf } from './service-view';

const UNIT_UID = 'api::unit.unit';
const DEALER_UID = 'api::dealer.dealer';
const MODEL_UID = 'api::product-model.product-model';
const LIST_MAX = 20;

export interface DealerRef {
  id: number;
  code: string;
  name: string;
  region: string | null;
  suspended: boolean | null;
  tier: number;
  nameEn?: string | null;
}

/** A dealer serves a caller's region when either names the other ("山东省潍坊市" and "潍坊市"). */
const servesRegion = (dealerRegion: string | null, callerRegion: string | null | undefined) =>
  Boolean(callerRegion && dealerRegion && (dealerRegion.includes(callerRegion) || callerRegion.includes(dealerRegion)));

/**
 * Intake's look-ups: a caller's units, earlier requests and claims by phone or serial;
 * the unit card (model, sale date, coverage as GET /units/:serial answers it); the
 * dealers a coordinator dispatches to, and who to suggest.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const facts = () => strapi.plugin('claim-review').service('facts');
  const q = (uid: string) => strapi.db.query(uid as any);

  const service = {
    async dealerByCode(code: string): Promise<DealerRef | null> {
      return q(DEALER_UID).findOne({ where: { code }, select: ['id', 'code', 'name', 'nameEn', 'region', 'suspended', 'tier'] });
    },

    /** A dealer that may take a work order: it exists and is not suspended. */
    async activeDealer(code: string): Promise<DealerRef | null> {
      const dealer = await service.dealerByCode(code);
      return dealer && !dealer.suspended ? dealer : null;
    },

    async dealerNames(codes: string[]): Promise<Map<string, string>> {
      const unique = Array.from(new Set(codes.filter(Boolean)));
      if (unique.length === 0) return new Map();
      const rows = await q(DEALER_UID).findMany({ where: { code: { $in: unique } }, select: ['code', 'name'] });
      return new Map(rows.map((r: { code: string; name: string }) => [r.code, r.name]));
    },

    async modelName(code: string | null): Promise<{ code: string; name: string } | null> {
      if (!code) return null;
      const row = await q(MODEL_UID).findOne({ where: { code }, select: ['code', 'name'] });
      return row ? { code: row.code, name: row.name } : null;
    },

    /** The model a request is about: its unit's, or for a call without a serial the one the caller named. */
    async modelOf(sr: RequestRow, unit: UnitCard | null): Promise<{ code: string; name: string } | null> {
      return unit?.model ?? service.modelName(sr.modelCode);
    },

    async unitCard(serial: string): Promise<UnitCard | null> {
      const row = await facts().unitBySerial(serial);
      if (!row) return null;
      const unit = facts().toUnitFacts(row);
      const [policy, calendar, withCustomer, names] = await Promise.all([
        facts().policyFor(unit, unit.saleDate ? null : facts().today()),
        facts().workingCalendar(),
        q(UNIT_UID).findOne({ where: { id: row.id }, populate: ['customer'] }),
        service.dealerNames(row.dealer ? [row.dealer.code] : []),
      ]);
      const customer = withCustomer?.customer;
      const phone = customer?.phone ? normalisePhone(customer.phone) : null;
      return {
        serial: row.serial,
        model: row.model ? { code: row.model.code, name: row.model.name } : null,
        saleDate: row.saleDate,
        registered: Boolean(row.registrationDate),
        coverage: coverage(unit, policy, calendar),
        sellingDealer: row.dealer ? { code: row.dealer.code, name: names.get(row.dealer.code) ?? row.dealer.code } : null,
        customer: customer?.name || customer?.phone ? { name: customer.name ?? '', phone: phone?.ok ? maskPhone(phone.normalised) : '****' } : null,
      };
    },

    /** Serials whose registered customer has this phone (stored as typed: matched on its last digits, then normalised). */
    async serialsOfPhone(normalised: string): Promise<string[]> {
      const tail = normalised.replace(/\D/g, '').slice(-7);
      const rows = await q(UNIT_UID).findMany({ where: { customer: { phone: { $contains: tail } } }, populate: ['customer'], select: ['serial'], limit: 200 });
      return rows
        .filter((r: any) => {
          const p = r.customer?.phone ? normalisePhone(r.customer.phone) : null;
          return p?.ok && p.normalised === normalised;
        })
        .map((r: any) => r.serial as string)
        .slice(0, LIST_MAX);
    },

    async lookup(query: { phone?: string; serial?: string }) {
      const serials = query.serial ? [query.serial] : await service.serialsOfPhone(query.phone!);
      const requestWhere = query.serial
        ? { serial: query.serial }
        : { $or: [{ callerPhone: query.phone }, ...(serials.length ? [{ serial: { $in: serials } }] : [])] };
      const requests: RequestRow[] = await q(REQUEST_UID).findMany({ where: requestWhere, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], limit: LIST_MAX });
      const allSerials = Array.from(new Set([...serials, ...requests.map((r) => r.serial).filter((s): s is string => Boolean(s))]));
      const [cards, claims, orders] = await Promise.all([
        Promise.all(allSerials.slice(0, LIST_MAX).map((s) => service.unitCard(s))),
        allSerials.length
          ? q(CLAIM_UID).findMany({
              where: { serial: { $in: allSerials } },
              select: ['number', 'status', 'serial', 'repairDate'],
              orderBy: [{ createdAt: 'desc' }],
              limit: LIST_MAX,
            })
          : [],
        service.currentOrders(requests),
      ]);
      return {
        units: cards.filter((c): c is UnitCard => c !== null),
        requests: requests.map((r) => summaryOf(r, orders.get(r.workOrderNumber ?? '') ?? null, [])),
        claims: claims.map((c: any) => ({ number: c.number, status: c.status, serial: c.serial, repairDate: c.repairDate })),
      };
    },

    /** The current work order of each request, with its dealer's name. */
    async currentOrders(requests: RequestRow[]) {
      const numbers = requests.map((r) => r.workOrderNumber).filter((n): n is string => Boolean(n));
      if (numbers.length === 0) return new Map();
      const rows = await q(WORK_ORDER_UID).findMany({ where: { number: { $in: numbers } }, select: ['number', 'status', 'dealerCode'] });
      const names = await service.dealerNames(rows.map((r: any) => r.dealerCode));
      return new Map(rows.map((r: any) => [r.number, { ...r, dealerName: names.get(r.dealerCode) ?? null }]));
    },

    /** Active dealers with their open work orders, those of the region first: the dispatch picker. */
    async dealers(region?: string) {
      const rows: DealerRef[] = await q(DEALER_UID).findMany({ where: { suspended: false }, select: ['code', 'name', 'region'], orderBy: { code: 'asc' } });
      const open = await q(WORK_ORDER_UID).findMany({ where: { status: { $notIn: CLOSED_WORK_ORDER_STATES } }, select: ['dealerCode'] });
      const counts = new Map<string, number>();
      for (const o of open as Array<{ dealerCode: string }>) counts.set(o.dealerCode, (counts.get(o.dealerCode) ?? 0) + 1);
      const list = rows.map((d) => ({ code: d.code, name: d.name, region: d.region ?? null, openWorkOrders: counts.get(d.code) ?? 0 }));
      const inRegion = (d: { region: string | null }) => servesRegion(d.region, region);
      return list.sort((a, b) => Number(inRegion(b)) - Number(inRegion(a)) || a.openWorkOrders - b.openWorkOrders || a.code.localeCompare(b.code));
    },

    /** Who to suggest for a request: the unit's selling dealer, else the least loaded active dealer of the caller's region. */
    async suggestion(sr: RequestRow, unit: UnitCard | null): Promise<{ dealer: { code: string; name: string }; basis: 'selling_dealer' | 'region' } | null> {
      const all = await service.dealers(sr.addressRegion);
      const active = all.map((d) => d.code);
      const region = all.filter((d) => servesRegion(d.region, sr.addressRegion)).map((d) => d.code);
      const picked: DealerSuggestion = suggestDealer(unit?.sellingDealer?.code ?? null, active, region);
      if (!picked) return null;
      const name = all.find((d) => d.code === picked.dealer)?.name ?? picked.dealer;
      return { dealer: { code: picked.dealer, name }, basis: picked.basis };
    },
  };
  return service;
};
